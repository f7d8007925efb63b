# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Avatars, "get info" and entity capabilities between two real cores via Prosody."""

from __future__ import annotations

import asyncio
import hashlib
import xml.etree.ElementTree as ET
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from typing import Any

import pytest

from messenger import __version__
from messenger.core.events import ContactsUpdated
from messenger.core.events import PresencesChanged
from messenger.core.interfaces import ProtocolBackend
from messenger.core.model import ConnectionState
from messenger.core.model import Show
from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.features import vcard
from messenger.protocols.xmpp.features.disco import OUR_VER
from messenger.protocols.xmpp.ns import tag
from tests.integration.xmpp.conftest import MakeUser
from tests.integration.xmpp.helpers import TIMEOUT
from tests.integration.xmpp.helpers import CoreUser
from tests.integration.xmpp.helpers import befriend
from tests.integration.xmpp.helpers import recording_factory
from tests.unit.protocols.xmpp.images import tiny_png

VCARD = """<vCard xmlns='vcard-temp'>
<FN>Alice \u202eLiddell</FN><NICKNAME>ally</NICKNAME>
<EMAIL><INTERNET/><USERID>alice@example.org</USERID></EMAIL>
<TEL><NUMBER>+44 1865 000000</NUMBER></TEL>
<URL>https://example.org/~alice</URL>
<ORG><ORGNAME>Wonderland &lt;b&gt;Ltd</ORGNAME></ORG>
<BDAY>1852-05-04</BDAY><DESC>Curiouser
and curiouser</DESC></vCard>"""


async def online_friends(
    make_user: MakeUser, backends: list[ProtocolBackend]
) -> tuple[CoreUser, CoreUser]:
    """Alice and Bob, online, subscribed both ways; backends in order a, b."""
    factory = recording_factory(backends)
    alice = await make_user("alice", factory=factory)
    await alice.wait_state(ConnectionState.ONLINE, past=True)
    bob = await make_user("bob", factory=factory)
    await bob.wait_state(ConnectionState.ONLINE, past=True)
    await befriend(alice, bob)
    await bob.wait_for(PresencesChanged, sees(alice))
    await alice.wait_for(PresencesChanged, sees(bob))
    return alice, bob


def sees(user: CoreUser) -> Any:
    return lambda e: any(
        u.address.bare == user.address and u.show is Show.AVAILABLE for u in e.updates
    )


async def until(check: Any, limit: float = TIMEOUT) -> None:
    """Poll ``check()`` (state inside a backend, no event for it) until true."""
    async with asyncio.timeout(limit):
        while not check():  # noqa: ASYNC110 (nothing to wait on)
            await asyncio.sleep(0.02)


@pytest.mark.asyncio
async def test_a_published_avatar_reaches_a_contact(make_user: MakeUser) -> None:
    alice, bob = await online_friends(make_user, [])
    png = tiny_png(3, 2)
    digest = hashlib.sha1(png).hexdigest()

    await alice.core.set_own_avatar(alice.account_id, png, "image/png")

    await bob.wait_for(
        ContactsUpdated,
        lambda e: any(
            c.address == alice.address and c.avatar_hash == digest for c in e.contacts
        ),
    )
    assert await bob.core.get_avatar(bob.account_id, digest) == png
    assert await alice.core.get_avatar(alice.account_id, digest) == png  # our own

    await alice.core.set_own_avatar(alice.account_id, None)
    await bob.wait_for(
        ContactsUpdated,
        lambda e: any(
            c.address == alice.address and not c.avatar_hash for c in e.contacts
        ),
    )


@pytest.mark.asyncio
async def test_contact_info_has_the_vcard_and_each_client(make_user: MakeUser) -> None:
    backends: list[ProtocolBackend] = []
    alice, bob = await online_friends(make_user, backends)
    await vcard.publish(backends[0]._ctx, ET.fromstring(VCARD))  # type: ignore[attr-defined]

    started = datetime.now(UTC)
    info = await bob.core.fetch_contact_info(bob.account_id, alice.address)

    assert info.address == alice.address
    assert info.full_name == "Alice Liddell"  # the bidi override is gone
    assert info.nickname == "ally"
    assert info.emails == ("alice@example.org",)
    assert info.phones == ("+44 1865 000000",)
    assert info.url == "https://example.org/~alice"
    assert info.organization == "Wonderland <b>Ltd"  # text, never markup
    assert info.birthday == "1852-05-04"
    assert info.note == "Curiouser\nand curiouser"
    [resource] = info.resources
    assert resource.resource == "messenger"
    assert (resource.client_name, resource.client_version) == ("messenger", __version__)
    assert resource.os == ""  # share_os is off by default
    assert resource.local_time is not None
    assert abs(resource.local_time - started) < timedelta(seconds=30)
    assert resource.local_time.utcoffset() == datetime.now().astimezone().utcoffset()
    assert datetime.now(UTC) - started < timedelta(seconds=10)


@pytest.mark.asyncio
async def test_known_caps_are_not_queried_again(make_user: MakeUser) -> None:
    backends: list[ProtocolBackend] = []
    alice, bob = await online_friends(make_user, backends)
    asked: list[str] = []
    bob_full = f"{bob.address}/messenger"

    def count(stanza: Any) -> Any:
        xml = stanza.xml
        if (
            xml.get("type") == "get"
            and xml.find(tag(ns.DISCO_INFO, "query")) is not None
        ):
            asked.append(xml.get("from", ""))
        return stanza

    backends[0]._ctx.client.add_filter("in", count)  # type: ignore[attr-defined]
    first_caps = backends[1]._features.caps  # type: ignore[attr-defined]
    await until(lambda: first_caps.knows("sha-1", OUR_VER))  # verified and saved
    assert first_caps.queries >= 1
    before = asked.count(bob_full)

    await bob.restart()
    await bob.wait_state(ConnectionState.ONLINE, past=True)
    await bob.wait_for(PresencesChanged, sees(alice), past=False)

    caps = backends[-1]._features.caps  # type: ignore[attr-defined]
    assert caps is not first_caps  # a new backend, the cache from the database
    features = caps.features_of(alice.address.with_resource("messenger"))
    assert features is not None
    assert ns.RECEIPTS in features
    assert caps.queries == 0
    await bob.core.fetch_contact_info(bob.account_id, alice.address)  # a round trip
    assert asked.count(bob_full) == before
