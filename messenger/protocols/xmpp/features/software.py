# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0092 software version and XEP-0202 entity time, both ways.

We answer with name "messenger" and our version; the operating system only
with the account setting ``share_os`` (off by default: it helps attackers
more than friends). Answers also reveal that we are online, so only our own
account and contacts who may see our presence get them; anyone else gets
``service-unavailable``, as if no such resource existed (RFC 6121 8.5.3.1).
Asking a contact's resource is bounded by ``QUERY_TIMEOUT`` and never fails:
no answer gives empty values.
"""

from __future__ import annotations

import platform
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import datetime
from typing import Any

from slixmpp import JID
from slixmpp.exceptions import IqError

from messenger import APP_NAME
from messenger import __version__
from messenger.core.model import Address
from messenger.protocols.xmpp import mapping
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import outgoing
from messenger.protocols.xmpp import profile
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.context import request
from messenger.protocols.xmpp.ns import tag

QUERY_TIMEOUT = 5.0
Version = tuple[str, str, str]


class Software:
    def __init__(
        self, ctx: XmppContext, shares_presence: Callable[[Address], bool]
    ) -> None:
        self._ctx = ctx
        self._shares_presence = shares_presence

    # ------------------------------------------------------------ answering
    def on_version(self, iq: Any) -> None:
        if not self._answerable(iq):
            return
        query = outgoing.element(ns.VERSION, "query")
        for name, value in (
            ("name", APP_NAME),
            ("version", __version__),
            ("os", operating_system() if self._ctx.settings.share_os else ""),
        ):
            if value:
                query.append(outgoing.element(ns.VERSION, name))
                query[-1].text = value
        outgoing.reply(iq, query)

    def on_time(self, iq: Any) -> None:
        if not self._answerable(iq):
            return
        now = self._ctx.clock().replace(microsecond=0)
        answer = outgoing.element(ns.TIME, "time")
        for name, value in (
            ("tzo", profile.format_offset(now.astimezone().utcoffset())),
            ("utc", now.strftime("%Y-%m-%dT%H:%M:%SZ")),
        ):
            answer.append(outgoing.element(ns.TIME, name))
            answer[-1].text = value
        outgoing.reply(iq, answer)

    def _answerable(self, iq: Any) -> bool:
        """True for a get we answer; every other get or set gets an error."""
        kind = iq.xml.get("type")
        if kind not in {"get", "set"}:
            return False  # a result or error: answers to our own queries
        if kind == "set":
            outgoing.reply_error(iq, "bad-request", "modify")
            return False
        if not self._may_ask(iq.xml.get("from")):
            outgoing.reply_error(iq, "service-unavailable")
            return False
        return True

    def _may_ask(self, sender: str | None) -> bool:
        if mapping.is_own_account(sender, self._ctx.own):
            return True
        address = mapping.address_of(sender)
        if address is None:
            return False
        if address.bare == mapping.bare_address(self._ctx.own):
            return True
        return self._shares_presence(address.bare)

    # ------------------------------------------------------------ asking
    async def version_of(self, address: Address) -> Version:
        """(name, version, os) of one resource; empty when it does not say."""
        answer = await self._ask(address, outgoing.element(ns.VERSION, "query"))
        if answer is None:
            return "", "", ""
        return profile.parse_version(answer.find(tag(ns.VERSION, "query")))

    async def time_of(self, address: Address) -> datetime | None:
        """The resource's local time with its UTC offset; None when unknown."""
        answer = await self._ask(address, outgoing.element(ns.TIME, "time"))
        if answer is None:
            return None
        return profile.parse_time(answer.find(tag(ns.TIME, "time")))

    async def _ask(self, address: Address, payload: ET.Element) -> ET.Element | None:
        client = self._ctx.client
        if client is None:
            return None
        iq = client.make_iq_get(ito=JID(str(address)))
        iq.xml.append(payload)
        try:
            answer: ET.Element = (await request(iq, QUERY_TIMEOUT)).xml
            return answer
        except (IqError, TimeoutError) as exc:
            self._ctx.log.debug("%s did not answer: %s", address, exc)
            return None


def operating_system() -> str:
    """What we tell with ``share_os``: "Linux 6.1.0", "Windows 10", ..."""
    return f"{platform.system()} {platform.release()}".strip()
