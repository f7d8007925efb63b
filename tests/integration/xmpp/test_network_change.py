# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Back online within seconds after a network change, against the real Prosody.

Bob reaches the server through a loopback proxy. ``black_hole()`` makes his
connection what it is after a suspend or a network switch: still open at both
ends, carrying nothing, with no error anywhere. Only the periodic keepalive
(a ping every 60 s, 30 s to answer) would notice that; ``network_changed``
must replace the connection within seconds, resuming the stream, and every
message sent meanwhile (both ways) must arrive exactly once.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from messenger.core.events import AccountStatusChanged
from messenger.core.events import MessageAdded
from messenger.core.events import MessageChanged
from messenger.core.interfaces import ProtocolBackend
from messenger.core.model import ConnectionState
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import Message
from messenger.protocols.xmpp.connection import CHECK_TIMEOUT
from messenger.protocols.xmpp.features.ping import INTERVAL
from tests.integration.xmpp.conftest import MakeUser
from tests.integration.xmpp.helpers import CoreUser
from tests.integration.xmpp.helpers import SinkSpy
from tests.integration.xmpp.helpers import befriend
from tests.integration.xmpp.helpers import recording_factory
from tests.integration.xmpp.helpers import settings_for
from tests.integration.xmpp.helpers import spying_factory
from tests.integration.xmpp.proxy import CuttableProxy
from tests.testbed.prosody import ProsodyServer

# From network_changed to ONLINE again: the ping's timeout, the reconnection
# (about 0.5 s) and a margin for a loaded machine; far below the keepalive.
BACK_WITHIN = CHECK_TIMEOUT + 5.0


@pytest_asyncio.fixture
async def proxy(prosody: ProsodyServer) -> AsyncIterator[CuttableProxy]:
    relay = CuttableProxy(prosody.host, prosody.c2s_port)
    await relay.start()
    try:
        yield relay
    finally:
        await relay.close()


async def pair_via_proxy(
    make_user: MakeUser, prosody: ProsodyServer, proxy: CuttableProxy, **bob: object
) -> tuple[CoreUser, CoreUser]:
    """Alice connects directly, Bob through the proxy; they are friends."""
    settings = settings_for(prosody) | {"host": proxy.host, "port": proxy.port}
    alice = await make_user("alice")
    bob_user = await make_user("bob", settings=settings, **bob)
    await alice.wait_state(ConnectionState.ONLINE, past=True)
    await bob_user.wait_state(ConnectionState.ONLINE, past=True)
    await befriend(alice, bob_user)
    return alice, bob_user


async def reached_state(
    user: CoreUser, message: Message, states: set[DeliveryState]
) -> None:
    await user.wait_for(
        MessageChanged,
        lambda e: e.message.id == message.id and e.message.state in states,
    )


async def conversation(user: CoreUser, message: Message) -> list[Message]:
    return await user.core.fetch_history(message.conversation_id, limit=500)


@pytest.mark.asyncio
async def test_a_silently_dead_connection_is_back_within_seconds(
    make_user: MakeUser, prosody: ProsodyServer, proxy: CuttableProxy
) -> None:
    spies: list[SinkSpy] = []
    alice, bob = await pair_via_proxy(
        make_user, prosody, proxy, factory=spying_factory(spies)
    )
    first = [f"before {i}" for i in range(3)]
    for body in first:
        await alice.core.send_message(alice.account_id, bob.address, body)
    await bob.wait_for(MessageAdded, lambda e: e.message.body == first[-1])

    mark = bob.mark()
    proxy.black_hole()
    later = [
        await alice.core.send_message(alice.account_id, bob.address, f"during {i}")
        for i in range(5)
    ]
    replies = [
        await bob.core.send_message(bob.account_id, alice.address, f"reply {i}")
        for i in range(3)
    ]
    # The server has Alice's messages (acked) and sent them into the hole.
    await reached_state(alice, later[-1], {DeliveryState.SENT})
    assert not [e for e in bob.since(mark) if isinstance(e, AccountStatusChanged)]
    assert not [
        e
        for e in bob.since(mark)
        if isinstance(e, MessageAdded) and e.message.direction is Direction.INCOMING
    ]

    loop = asyncio.get_running_loop()
    asked = loop.time()
    await bob.core.network_changed(True)
    await bob.wait_state(ConnectionState.RECONNECTING, since=mark, limit=BACK_WITHIN)
    await bob.wait_state(ConnectionState.ONLINE, since=mark, limit=BACK_WITHIN)
    back_after = loop.time() - asked
    assert CHECK_TIMEOUT - 1 < back_after < BACK_WITHIN < INTERVAL
    assert spies[0].states[-1] == (ConnectionState.ONLINE, True)  # resumed

    barrier = await alice.core.send_message(alice.account_id, bob.address, "barrier")
    await reached_state(alice, barrier, {DeliveryState.DELIVERED, DeliveryState.READ})
    for reply in replies:
        await reached_state(bob, reply, {DeliveryState.DELIVERED, DeliveryState.READ})
    received = await bob.wait_for(MessageAdded, lambda e: e.message.body == "barrier")

    messages = await conversation(bob, received.message)
    incoming = [m.body for m in messages if m.direction is Direction.INCOMING]
    assert incoming == [*first, *(m.body for m in later), "barrier"]  # each once
    outgoing = [m.body for m in messages if m.direction is Direction.OUTGOING]
    assert outgoing == [r.body for r in replies]
    at_alice = [e.message.body for e in alice.events if isinstance(e, MessageAdded)]
    assert sorted(b for b in at_alice if b.startswith("reply")) == outgoing


@pytest.mark.asyncio
async def test_a_healthy_connection_is_left_alone(
    make_user: MakeUser, prosody: ProsodyServer, proxy: CuttableProxy
) -> None:
    backends: list[ProtocolBackend] = []
    alice, bob = await pair_via_proxy(
        make_user, prosody, proxy, factory=recording_factory(backends)
    )
    connections = proxy.connections
    mark = bob.mark()

    async with asyncio.timeout(CHECK_TIMEOUT):  # one ping round trip
        await backends[0].check_connection()
    await bob.core.network_changed(None)
    await bob.core.network_changed(True)

    message = await alice.core.send_message(alice.account_id, bob.address, "still")
    await bob.wait_for(MessageAdded, lambda e: e.message.body == "still")
    await reached_state(alice, message, {DeliveryState.DELIVERED})
    async with asyncio.timeout(CHECK_TIMEOUT):  # joins or follows the core's
        await backends[0].check_connection()
    assert not [e for e in bob.since(mark) if isinstance(e, AccountStatusChanged)]
    assert proxy.connections == connections  # no new connection
