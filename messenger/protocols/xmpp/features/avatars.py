# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Contacts' avatars: XEP-0084 (PEP) and XEP-0153 (vCard photo hash in presence).

- PEP metadata notifications count only from a contact's bare JID (that is
  where PEP events come from) or our own; the publisher is always ``from``,
  never an attribute. Empty metadata means "no avatar". The chosen image is
  fetched from the same bare JID's data node, by id.
- A XEP-0153 ``<photo/>`` in a contact's presence names the vCard photo's hash
  (empty: no avatar; no ``<photo/>``: not known yet, ignored). Once a contact
  was seen publishing in PEP, its presence hashes are ignored: PEP wins
  (XEP-0398; Prosody's vcard_legacy mirrors PEP into vCard and presence, so
  both usually agree, and the second notice finds the hash known).
- Before fetching, the core is asked ``has_avatar(hash)``; a cached image only
  moves the contact's ``avatar_hash`` (a roster update). Fetched data must be
  valid base64, at most ``MAX_AVATAR_BYTES``, and have the advertised SHA-1;
  a PEP fetch that fails falls back to the vCard photo, with the same check.
- Only the newest hash per contact is applied; at most ``MAX_FETCHES`` fetches
  run at once. Hashes are kept in the backend state (``avatars``), so the
  roster we report carries them after a restart. A change of our own avatar
  (set here, by another of our clients, or learned from our vCard) is
  announced with a new presence (``own_changed``).
- Changes are applied in the worker lane, all of one loop turn (or more, while
  the lane is busy) in one job: one roster update and one save for a login's
  worth of presences, not one each. "No avatar" from a contact we knew nothing
  about changes nothing the core shows, so it is neither reported nor saved.
"""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET
from collections.abc import Callable

from slixmpp import JID
from slixmpp.exceptions import IqError

from messenger.core.errors import CoreError
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import JsonValue
from messenger.protocols.xmpp import avatar_data
from messenger.protocols.xmpp import mapping
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import outgoing
from messenger.protocols.xmpp import profile
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.context import request
from messenger.protocols.xmpp.features import vcard
from messenger.protocols.xmpp.ns import tag

STATE_KEY = "avatars"
MAX_FETCHES = 4
FETCH_TIMEOUT = 20.0
_EVENT_ITEMS = f"{tag(ns.PUBSUB_EVENT, 'event')}/{tag(ns.PUBSUB_EVENT, 'items')}"


class Avatars:
    def __init__(
        self,
        ctx: XmppContext,
        contact_of: Callable[[Address], Contact | None],
        own_changed: Callable[[], None] = lambda: None,
    ) -> None:
        self._ctx = ctx
        self._contact_of = contact_of
        self._own_changed = own_changed
        self._hashes: dict[Address, str] = {}
        self._pep: set[Address] = set()
        self._wanted: dict[Address, str] = {}
        self._fetching: set[tuple[Address, str]] = set()
        self._slots = asyncio.Semaphore(MAX_FETCHES)
        self._loaded = False
        #: Commits waiting for ``_apply`` (owner, hash, image) and its job.
        self._commits: list[tuple[Address, str, bytes | None]] = []
        self._job: asyncio.Future[None] | None = None

    # ------------------------------------------------------------ state
    def hash_of(self, bare: Address) -> str | None:
        """The avatar hash we know for ``bare`` ("" none, None not known)."""
        return self._hashes.get(bare)

    async def load(self) -> None:
        if self._loaded:
            return
        saved = await self._ctx.sink.load_state(STATE_KEY)
        if isinstance(saved, dict):
            hashes, pep = saved.get("hashes"), saved.get("pep")
            for key, value in (hashes if isinstance(hashes, dict) else {}).items():
                address = mapping.address_of(key)
                if address is not None and _is_hash(value):
                    self._hashes[address.bare] = str(value)
            for entry in pep if isinstance(pep, list) else []:
                address = mapping.address_of(entry) if isinstance(entry, str) else None
                if address is not None:
                    self._pep.add(address.bare)
        self._loaded = True

    def _dump(self) -> JsonValue:
        return {
            "hashes": {str(a): h for a, h in self._hashes.items()},
            "pep": [str(a) for a in sorted(self._pep)],
        }

    # ------------------------------------------------------------ notices
    def on_event(self, xml: ET.Element) -> None:
        """A PEP notification; only avatar metadata from a bare JID counts."""
        owner = self._owner(mapping.address_of(xml.get("from")))
        items = xml.find(_EVENT_ITEMS)
        if owner is None or items is None or items.get("node") != ns.AVATAR_METADATA:
            return
        item = items.find(tag(ns.PUBSUB_EVENT, "item"))
        metadata = (
            None if item is None else item.find(tag(ns.AVATAR_METADATA, "metadata"))
        )
        if metadata is None:
            return
        infos = avatar_data.parse_metadata(metadata)
        chosen = avatar_data.choose(infos)
        self._pep.add(owner)
        if infos and chosen is None:
            self._ctx.log.debug("no usable avatar in metadata of %s", owner)
            return
        self._want(owner, chosen.id if chosen is not None else "", pep=True)

    def on_presence(self, xml: ET.Element, sender: Address) -> None:
        """A XEP-0153 photo hash in an available presence from ``sender``."""
        update = xml.find(tag(ns.VCARD_UPDATE, "x"))
        photo = None if update is None else update.find(tag(ns.VCARD_UPDATE, "photo"))
        if xml.get("type") or photo is None:
            return
        owner = self._owner(sender.bare)
        if owner is None or owner in self._pep:
            return
        avatar_hash = (photo.text or "").strip().lower()
        if avatar_hash and not avatar_data.is_sha1_hex(avatar_hash):
            return
        self._want(owner, avatar_hash, pep=False)

    def _owner(self, address: Address | None) -> Address | None:
        """The contact (or we) a notice is about: a bare JID we know."""
        if address is None or address.resource or not address.local:
            return None
        if address == mapping.bare_address(self._ctx.own):
            return address
        return address if self._contact_of(address) is not None else None

    def offer(self, owner: Address, avatar_hash: str, data: bytes) -> None:
        """A checked vCard photo fetched anyway ("get info"): used while we know
        no avatar of ``owner`` (a contact or we), and never over a PEP one."""
        if self._owner(owner) is None or owner in self._pep:
            return
        if self.hash_of(owner) is None and owner not in self._wanted:
            self.commit(owner, avatar_hash, data)

    # ------------------------------------------------------------ applying
    def _want(self, owner: Address, avatar_hash: str, *, pep: bool) -> None:
        if self._wanted.get(owner) == avatar_hash:
            return  # already applied or being fetched
        self._wanted[owner] = avatar_hash
        if not avatar_hash or self._ctx.sink.has_avatar(avatar_hash):
            self.commit(owner, avatar_hash, None)
            return
        if (owner, avatar_hash) not in self._fetching:
            self._fetching.add((owner, avatar_hash))
            self._ctx.spawn(self._fetch(owner, avatar_hash, pep), "xmpp-avatar")

    async def _fetch(self, owner: Address, avatar_hash: str, pep: bool) -> None:
        try:
            async with self._slots:
                if self._wanted.get(owner) != avatar_hash:
                    return  # superseded while waiting
                data = await self._from_pep(owner, avatar_hash) if pep else None
                if data is None:
                    data = await self._from_vcard(owner, avatar_hash)
        finally:
            self._fetching.discard((owner, avatar_hash))
        if self._wanted.get(owner) != avatar_hash:
            return  # a newer one is wanted now
        if data is None:
            self._ctx.log.info("avatar %s of %s not available", avatar_hash, owner)
            del self._wanted[owner]  # a later notice may try again
        else:
            self.commit(owner, avatar_hash, data)

    async def _from_pep(self, owner: Address, avatar_hash: str) -> bytes | None:
        client = self._ctx.client
        if client is None:
            return None
        iq = client.make_iq_get(ito=JID(str(owner)))
        pubsub = outgoing.element(ns.PUBSUB, "pubsub")
        items = outgoing.element(ns.PUBSUB, "items", node=ns.AVATAR_DATA)
        items.append(outgoing.element(ns.PUBSUB, "item", id=avatar_hash))
        pubsub.append(items)
        iq.xml.append(pubsub)
        try:
            result = await request(iq, FETCH_TIMEOUT)
        except (IqError, TimeoutError) as exc:
            self._ctx.log.debug("no PEP avatar data from %s: %s", owner, exc)
            return None
        path = f"{tag(ns.PUBSUB, 'pubsub')}/{tag(ns.PUBSUB, 'items')}"
        for element in result.xml.iterfind(f"{path}/{tag(ns.PUBSUB, 'item')}"):
            if element.get("id") == avatar_hash:
                text = element.findtext(tag(ns.AVATAR_DATA, "data"))
                return avatar_data.decode_checked(text, avatar_hash)
        return None

    async def _from_vcard(self, owner: Address, avatar_hash: str) -> bytes | None:
        try:
            card = profile.parse_vcard(await vcard.fetch(self._ctx, owner))
        except (IqError, TimeoutError, CoreError) as exc:
            self._ctx.log.debug("no vCard photo from %s: %s", owner, exc)
            return None
        return card.photo if card.photo_hash == avatar_hash else None

    def commit(
        self, owner: Address, avatar_hash: str, data: bytes | None
    ) -> asyncio.Future[None]:
        """Tell the core, in order with everything else: image, then hash."""
        self._wanted[owner] = avatar_hash
        self._commits.append((owner, avatar_hash, data))
        if self._job is None:
            self._job = self._ctx.worker.call(self._apply, live=False)
        return self._job

    async def _apply(self) -> None:
        """Apply every commit made since the job was queued (in order)."""
        commits, self._commits, self._job = self._commits, [], None
        sink, own = self._ctx.sink, mapping.bare_address(self._ctx.own)
        moved: dict[Address, None] = {}  # no image came: the core needs the hash
        changed: set[Address] = set()
        for owner, avatar_hash, data in commits:
            if data is not None:
                await sink.avatar_received(owner, avatar_hash, data)
            known = self._hashes.get(owner)
            if known == avatar_hash:
                continue
            self._hashes[owner] = avatar_hash
            if known is None and not avatar_hash and owner != own:
                continue  # unknown -> none: nothing the core shows changes
            changed.add(owner)
            if data is None:
                moved[owner] = None
        contacts = [c for c in map(self._contact_of, moved) if c is not None]
        if contacts:
            await sink.roster_received(contacts, complete=False)
        if changed:
            await sink.save_state(STATE_KEY, self._dump())
        if own in changed:
            self._own_changed()  # our presence says which photo we have


def _is_hash(value: object) -> bool:
    """A saved hash: "" (no avatar) or SHA-1 hex."""
    return isinstance(value, str) and (not value or avatar_data.is_sha1_hex(value))
