# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Our own avatar: published in PEP (XEP-0084) and the vCard (XEP-0153).

Setting it publishes the data node, then the metadata node (with width and
height when the PNG/JPEG header tells them), then, unless the server converts
PEP avatars to vCard itself (XEP-0398, Prosody's vcard_legacy), replaces the
vCard photo; our presence then carries the hash. Removing it publishes empty
metadata (and removes the vCard photo). The core gets the image like any
avatar, under our own address. On a converting server our presence has no
XEP-0153 element: the server adds the right one to every presence we send, so
our presence is sent again after ``set`` only (learning our hash from the
server's own stamp or from the PEP notification at login changes nothing it
would say). Elsewhere a new hash changes our element, so our presence is sent
again whenever the hash changes (``hash_changed``). While our photo hash is
unknown, our own vCard is read during the session set-up (``prepare``), so
that the first presence already carries the hash and need not be sent again,
and if that failed, once more after it (``start``).
"""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET
from collections.abc import Callable

from slixmpp.exceptions import IqError

from messenger.core.avatars import MAX_AVATAR_BYTES
from messenger.core.errors import CoreError
from messenger.core.model import Address
from messenger.core.model import ErrorCode
from messenger.protocols.xmpp import avatar_data
from messenger.protocols.xmpp import mapping
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import outgoing
from messenger.protocols.xmpp import profile
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.context import command
from messenger.protocols.xmpp.features import vcard
from messenger.protocols.xmpp.features.avatars import Avatars
from messenger.protocols.xmpp.ns import tag

# How long the session set-up waits for our vCard (it goes on without).
PREPARE_TIMEOUT = 5.0


class OwnAvatar:
    def __init__(
        self,
        ctx: XmppContext,
        avatars: Avatars,
        refresh_presence: Callable[[], None] = lambda: None,
    ) -> None:
        self._ctx = ctx
        self._avatars = avatars
        self._refresh_presence = refresh_presence

    @property
    def _converted(self) -> bool:
        return ns.PEP_VCARD_CONVERSION in self._ctx.account_features

    def _own(self) -> Address:
        own = mapping.bare_address(self._ctx.own)
        if own is None:
            raise CoreError(ErrorCode.NOT_CONNECTED)
        return own

    def presence_element(self) -> ET.Element | None:
        """XEP-0153 for our presence: the photo hash, or "not known yet"."""
        if self._converted:
            return None
        update = outgoing.element(ns.VCARD_UPDATE, "x")
        known = self._avatars.hash_of(self._own())
        if known is not None:
            ET.SubElement(update, tag(ns.VCARD_UPDATE, "photo")).text = known or None
        return update

    async def set(self, data: bytes | None, mime_type: str) -> None:
        client = self._ctx.require_client()
        mime_type = mime_type.strip().lower()
        if data is not None:
            _check(data, mime_type)
            digest = avatar_data.sha1_hex(data)
            await command(
                outgoing.pubsub_publish(client, ns.AVATAR_DATA, digest, _data(data))
            )
        else:
            digest = ""
        metadata = _metadata(data, digest, mime_type)
        await command(
            outgoing.pubsub_publish(client, ns.AVATAR_METADATA, digest, metadata)
        )
        if not self._converted:
            await self._update_vcard(data, mime_type)
        await asyncio.wait({self._avatars.commit(self._own(), digest, data)})
        if self._converted:
            self._refresh_presence()  # the server stamps the new hash on it

    def hash_changed(self) -> None:
        """Our photo hash changed: send the presence that says so (if ours does)."""
        if not self._converted:
            self._refresh_presence()

    async def prepare(self) -> None:
        """Session set-up: learn our photo hash if we do not know it yet, so
        that our first presence carries it (bounded by ``PREPARE_TIMEOUT``)."""
        if not self._converted and self._avatars.hash_of(self._own()) is None:
            committed = await self._learn(PREPARE_TIMEOUT)
            if committed is not None:  # its failure is logged; login goes on
                await asyncio.wait({committed})

    def start(self) -> None:
        """A new session is online: if our photo hash is still unknown, learn it
        from our vCard (XEP-0153 4.2: until then our presence says "not known")."""
        if not self._converted and self._avatars.hash_of(self._own()) is None:
            self._ctx.spawn(self._learn(), "xmpp-own-avatar")

    async def _learn(self, seconds: float | None = None) -> asyncio.Future[None] | None:
        """Read our vCard; the commit of its photo hash (None: none made)."""
        own = self._own()
        try:
            card = profile.parse_vcard(await vcard.fetch(self._ctx, own, seconds))
        except (IqError, TimeoutError, CoreError) as exc:
            self._ctx.log.info("own vCard not fetched: %s", exc)
            return None
        if self._avatars.hash_of(own) is not None:  # something newer meanwhile
            return None
        return self._avatars.commit(own, card.photo_hash, card.photo)

    async def _update_vcard(self, data: bytes | None, mime_type: str) -> None:
        """Best effort: the PEP avatar is what counts; a failure is logged.

        Only a vCard we could read (or one that does not exist) is replaced:
        its other fields must survive.
        """
        try:
            current = await vcard.fetch(self._ctx, self._own())
            await vcard.publish(self._ctx, profile.with_photo(current, data, mime_type))
        except (IqError, TimeoutError, CoreError) as exc:
            self._ctx.log.warning("vCard photo not updated: %s", exc)


def _check(data: bytes, mime_type: str) -> None:
    if not data or len(data) > MAX_AVATAR_BYTES:
        raise CoreError(ErrorCode.INVALID_INPUT, "avatar image is empty or too big")
    if not avatar_data.is_image_type(mime_type):
        raise CoreError(ErrorCode.INVALID_INPUT, f"not an image type: {mime_type!r}")


def _data(data: bytes) -> ET.Element:
    element = outgoing.element(ns.AVATAR_DATA, "data")
    element.text = avatar_data.encode(data)
    return element


def _metadata(data: bytes | None, digest: str, mime_type: str) -> ET.Element:
    """Metadata with one ``<info/>``, or empty (no avatar) for None."""
    metadata = outgoing.element(ns.AVATAR_METADATA, "metadata")
    if data is None:
        return metadata
    info = ET.SubElement(
        metadata,
        tag(ns.AVATAR_METADATA, "info"),
        {"bytes": str(len(data)), "id": digest, "type": mime_type},
    )
    size = avatar_data.image_size(data)
    if size is not None:
        info.set("width", str(size[0]))
        info.set("height", str(size[1]))
    return metadata
