# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0054 vcard-temp: fetching anyone's vCard, publishing our own.

A vCard is asked from the bare JID; the answer must come from there (the IQ
guard checks). Parsing is in ``profile.py``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from slixmpp import JID
from slixmpp.exceptions import IqError

from messenger.core.model import Address
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import outgoing
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.context import command
from messenger.protocols.xmpp.context import request
from messenger.protocols.xmpp.ns import tag

VCARD_TIMEOUT = 10.0


async def fetch(
    ctx: XmppContext, bare: Address, seconds: float | None = None
) -> ET.Element | None:
    """The ``<vCard/>`` of ``bare``; None when there is none (item-not-found).

    Raises ``IqError`` (refused), ``TimeoutError`` (no answer) and
    ``CoreError(NOT_CONNECTED)``.
    """
    # While the stream is up: our own vCard is read during the session set-up.
    iq = ctx.require_session().make_iq_get(ito=JID(str(bare.bare)))
    iq.xml.append(outgoing.element(ns.VCARD, "vCard"))
    try:
        result = await request(iq, seconds or VCARD_TIMEOUT)
    except IqError as exc:
        if exc.condition != "item-not-found":
            raise
        return None
    vcard: ET.Element | None = result.xml.find(tag(ns.VCARD, "vCard"))
    return vcard


async def publish(ctx: XmppContext, vcard: ET.Element) -> None:
    """Replace our own vCard; failures raise ``CoreError``."""
    iq = ctx.require_client().make_iq_set()
    iq.xml.append(vcard)
    await command(iq)
