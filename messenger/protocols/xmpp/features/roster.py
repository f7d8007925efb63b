# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""RFC 6121 roster: versioned fetch, pushes, edits and subscriptions.

The roster and its version live in the backend state (``roster_ver``,
``roster_items``), so a login whose version matches gets an empty result and
keeps the stored roster. Contacts are reported with the avatar hash the
avatar module knows (so a roster update never clears it). Pushes are accepted
only from the account itself (no ``from``, or the own bare JID:
CVE-2019-16237); others are dropped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from slixmpp.stanza import Iq

from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import JsonValue
from messenger.protocols.xmpp import mapping
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import outgoing
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.context import command
from messenger.protocols.xmpp.context import request
from messenger.protocols.xmpp.mapping import ParsedPresence
from messenger.protocols.xmpp.mapping import RosterItem
from messenger.protocols.xmpp.ns import tag

VERSION_KEY = "roster_ver"
ITEMS_KEY = "roster_items"


def _none(_: Address) -> str | None:
    return None


class Roster:
    def __init__(
        self, ctx: XmppContext, avatar_of: Callable[[Address], str | None] = _none
    ) -> None:
        self._ctx = ctx
        self._avatar_of = avatar_of
        self.items: dict[Address, RosterItem] = {}
        self.version = ""
        self._loaded = False

    def shares_presence(self, address: Address) -> bool:
        """True when ``address`` may see our presence (subscription from/both)."""
        item = self.items.get(address.bare)
        return item is not None and item.subscription in {"from", "both"}

    def contact(self, address: Address) -> Contact | None:
        """The roster entry of ``address`` as the core knows contacts."""
        item = self.items.get(address.bare)
        return self._contact(item) if item is not None else None

    def _contact(self, item: RosterItem) -> Contact:
        contact = item.contact(self._ctx.account.id)
        avatar_hash = self._avatar_of(item.address)
        return replace(contact, avatar_hash=avatar_hash) if avatar_hash else contact

    # ------------------------------------------------------------ login
    async def _load(self) -> None:
        if self._loaded:
            return
        sink = self._ctx.sink
        version, saved = (
            await sink.load_state(VERSION_KEY),
            await sink.load_state(ITEMS_KEY),
        )
        items = (
            [mapping.roster_item_from_json(v) for v in saved]
            if isinstance(saved, list)
            else []
        )
        self.items = {i.address: i for i in items if i is not None}
        self.version = version if isinstance(version, str) and self.items else ""
        self._loaded = True

    async def fetch(self) -> None:
        """Get the roster (versioned when the server supports it); report it whole."""
        await self._load()
        client = self._ctx.require_session()
        iq = client.make_iq_get()
        query = outgoing.element(ns.ROSTER, "query")
        if "rosterver" in client.features:
            query.set("ver", self.version)
        iq.xml.append(query)
        result = await request(iq)
        full = result.xml.find(tag(ns.ROSTER, "query"))
        if full is not None:  # else: our version is current, keep what we have
            self.items = {
                i.address: i for i in mapping.parse_roster_items(full) if not i.removed
            }
            self.version = mapping.clean_id(full.get("ver"))
        contacts = [self._contact(item) for item in self.items.values()]
        await self._ctx.sink.roster_received(contacts, complete=True)
        await self._save()

    async def _save(self) -> None:
        items: list[JsonValue] = [item.to_json() for item in self.items.values()]
        await self._ctx.sink.save_state(ITEMS_KEY, items)
        await self._ctx.sink.save_state(VERSION_KEY, self.version)

    # ------------------------------------------------------------ pushes
    def on_push(self, iq: Any) -> None:
        if not mapping.is_own_account(iq.xml.get("from"), self._ctx.own):
            self._ctx.log.debug(
                "roster push from %r dropped", iq.xml.get("from", "")[:100]
            )
            return
        query = iq.xml.find(tag(ns.ROSTER, "query"))
        if query is None:
            return
        iq.reply().send()
        items = mapping.parse_roster_items(query)
        version = mapping.clean_id(query.get("ver"))
        self._ctx.worker.call(lambda: self._apply(items, version))

    async def _apply(self, items: list[RosterItem], version: str) -> None:
        removed = [i.address for i in items if i.removed]
        changed = [i for i in items if not i.removed]
        for item in changed:
            self.items[item.address] = item
        for address in removed:
            self.items.pop(address, None)
        if version:
            self.version = version
        if changed:
            contacts = [self._contact(i) for i in changed]
            await self._ctx.sink.roster_received(contacts, complete=False)
        if removed:
            await self._ctx.sink.contacts_removed(removed)
        await self._save()

    # ------------------------------------------------------------ commands
    async def set_item(
        self, address: Address, name: str, groups: tuple[str, ...]
    ) -> None:
        await command(self._roster_set(address, name=name, groups=groups))

    async def add(self, address: Address, name: str, groups: tuple[str, ...]) -> None:
        """Add a contact and ask to see their presence (pre-approving theirs)."""
        await self.set_item(address, name, groups)
        client = self._ctx.require_client()
        client.send_presence(pto=outgoing.jid_of(address.bare), ptype="subscribe")
        if "preapproval" in client.features:
            client.send_presence(pto=outgoing.jid_of(address.bare), ptype="subscribed")

    async def remove(self, address: Address) -> None:
        await command(self._roster_set(address, subscription="remove"))

    def answer(self, address: Address, *, approve: bool) -> None:
        """Approve (and ask back if we do not see them yet) or deny a request."""
        client = self._ctx.require_client()
        to = outgoing.jid_of(address.bare)
        if not approve:
            client.send_presence(pto=to, ptype="unsubscribed")
            return
        client.send_presence(pto=to, ptype="subscribed")
        item = self.items.get(address.bare)
        if item is None or (item.subscription in {"none", "from"} and not item.ask):
            client.send_presence(pto=to, ptype="subscribe")

    def on_request(self, presence: ParsedPresence) -> None:
        self._ctx.sink.subscription_requested(presence.address.bare, presence.status)

    def _roster_set(
        self,
        address: Address,
        *,
        name: str = "",
        groups: tuple[str, ...] = (),
        subscription: str = "",
    ) -> Iq:
        iq = self._ctx.require_client().make_iq_set()
        query = ET.SubElement(iq.xml, tag(ns.ROSTER, "query"))
        item = ET.SubElement(query, tag(ns.ROSTER, "item"), {"jid": str(address.bare)})
        if subscription:
            item.set("subscription", subscription)
        if name:
            item.set("name", name)
        for group in groups:
            ET.SubElement(item, tag(ns.ROSTER, "group")).text = group
        return iq
