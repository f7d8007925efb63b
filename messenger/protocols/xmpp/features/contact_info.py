# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Get info: a contact's vCard plus what each online client says about itself.

The vCard (XEP-0054) comes from the bare JID; for every online resource the
software version (XEP-0092) and local time (XEP-0202) are asked at the same
time, each bounded by its own timeout, so a slow resource costs at most that
timeout and yields empty values. Idle times come from presence (XEP-0319).
A resource whose caps say it lacks version or time is not asked. A vCard that
is not answered in time fails the request (``TIMEOUT``); a refused one is
empty.
"""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import datetime

from slixmpp.exceptions import IqError

from messenger.core.errors import CoreError
from messenger.core.model import Address
from messenger.core.model import ContactInfo
from messenger.core.model import ErrorCode
from messenger.core.model import PresenceUpdate
from messenger.core.model import ResourceInfo
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp import profile
from messenger.protocols.xmpp.context import XmppContext
from messenger.protocols.xmpp.features import vcard
from messenger.protocols.xmpp.features.avatars import Avatars
from messenger.protocols.xmpp.features.caps import Caps
from messenger.protocols.xmpp.features.software import Software
from messenger.protocols.xmpp.features.software import Version

Resources = Callable[[Address], list[PresenceUpdate]]


class ContactInfos:
    def __init__(
        self,
        ctx: XmppContext,
        resources: Resources,
        caps: Caps,
        software: Software,
        avatars: Avatars,
    ) -> None:
        self._ctx = ctx
        self._resources = resources
        self._caps = caps
        self._software = software
        self._avatars = avatars

    async def fetch(self, address: Address) -> ContactInfo:
        self._ctx.require_client()
        bare = address.bare
        online = sorted(
            self._resources(bare), key=lambda u: (-u.priority, u.address.resource)
        )
        clients = asyncio.gather(*(self._resource(u) for u in online))
        try:
            card = profile.parse_vcard(await self._vcard(bare))
        except TimeoutError:
            clients.cancel()
            raise CoreError(
                ErrorCode.TIMEOUT, "no answer to the vCard request"
            ) from None
        except BaseException:
            clients.cancel()
            raise
        resources = await clients
        known = self._avatars.hash_of(bare)
        if known is None and card.photo is not None:
            self._avatars.offer(bare, card.photo_hash, card.photo)
        return ContactInfo(
            address=bare,
            full_name=card.full_name,
            nickname=card.nickname,
            emails=card.emails,
            phones=card.phones,
            url=card.url,
            organization=card.organization,
            birthday=card.birthday,
            note=card.note,
            avatar_hash=known if known is not None else card.photo_hash,
            resources=tuple(resources),
        )

    async def _vcard(self, bare: Address) -> ET.Element | None:
        try:
            return await vcard.fetch(self._ctx, bare)
        except IqError as exc:
            self._ctx.log.debug("vCard of %s refused: %s", bare, exc.condition)
            return None

    async def _resource(self, update: PresenceUpdate) -> ResourceInfo:
        full = update.address
        features = self._caps.features_of(full)
        version, local_time = await asyncio.gather(
            self._version(full, features), self._time(full, features)
        )
        name, number, system = version
        return ResourceInfo(
            resource=full.resource,
            client_name=name,
            client_version=number,
            os=system,
            local_time=local_time,
            idle_since=update.idle_since,
        )

    async def _version(self, full: Address, features: frozenset[str] | None) -> Version:
        if features is not None and ns.VERSION not in features:
            return "", "", ""
        return await self._software.version_of(full)

    async def _time(
        self, full: Address, features: frozenset[str] | None
    ) -> datetime | None:
        if features is not None and ns.TIME not in features:
            return None
        return await self._software.time_of(full)
