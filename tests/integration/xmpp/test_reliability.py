# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Nothing lost, nothing doubled: server crash, cut connections, core restarts.

These tests own a Prosody of their own, so killing it disturbs no other test.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from collections.abc import Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from messenger.core.events import MessageAdded
from messenger.core.events import MessageChanged
from messenger.core.model import ConnectionState
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import Message
from tests.integration.xmpp.conftest import MakeUser
from tests.integration.xmpp.conftest import user_factory
from tests.integration.xmpp.helpers import CoreUser
from tests.integration.xmpp.helpers import SinkSpy
from tests.integration.xmpp.helpers import befriend
from tests.integration.xmpp.helpers import settings_for
from tests.integration.xmpp.helpers import spying_factory
from tests.integration.xmpp.proxy import CuttableProxy
from tests.testbed.certs import TestPki
from tests.testbed.fixtures import _unique
from tests.testbed.prosody import ProsodyServer

BURST = 500


@pytest.fixture(scope="module")
def own_prosody(testbed_pki: TestPki) -> Iterator[ProsodyServer]:
    server = ProsodyServer(pki=testbed_pki)
    try:
        server.start()
        yield server
    finally:
        server.close()


@pytest_asyncio.fixture
async def make_own_user(
    own_prosody: ProsodyServer, tmp_path: Path
) -> AsyncIterator[MakeUser]:
    def register(prefix: str = "user") -> tuple[str, str]:
        password = f"{prefix}-password"
        return own_prosody.register(_unique(prefix), password), password

    async with user_factory(own_prosody, register, tmp_path) as make:
        yield make


async def history(user: CoreUser, message: Message) -> list[Message]:
    """The whole conversation of ``message``, oldest first (in pages of 500)."""
    pages: list[Message] = []
    before = None
    while True:
        page = await user.core.fetch_history(
            message.conversation_id, before=before, limit=500
        )
        pages = page + pages
        if len(page) < 500:
            return pages
        before = page[0].id


async def delivered(user: CoreUser, message: Message) -> None:
    await user.wait_for(
        MessageChanged,
        lambda e: (
            e.message.id == message.id
            and e.message.state in {DeliveryState.DELIVERED, DeliveryState.READ}
        ),
    )


async def online_pair(
    make: MakeUser, **bob_options: object
) -> tuple[CoreUser, CoreUser]:
    alice, bob = await make("alice"), await make("bob", **bob_options)
    await alice.wait_state(ConnectionState.ONLINE, past=True)
    await bob.wait_state(ConnectionState.ONLINE, past=True)
    await befriend(alice, bob)
    return alice, bob


@pytest.mark.asyncio
async def test_server_killed_during_a_burst(
    make_own_user: MakeUser, own_prosody: ProsodyServer
) -> None:
    alice, bob = await online_pair(make_own_user)
    bodies = [f"burst {i:03}" for i in range(BURST)]

    async def send_all() -> None:
        for body in bodies:
            await alice.core.send_message(alice.account_id, bob.address, body)

    sending = asyncio.create_task(send_all())
    received_before = len(await bob.wait_messages(50))
    alice_mark, bob_mark = alice.mark(), bob.mark()
    await asyncio.to_thread(own_prosody.kill)
    assert received_before < BURST  # killed in the middle of the burst
    await bob.wait_state(ConnectionState.RECONNECTING, since=bob_mark)
    await asyncio.to_thread(own_prosody.start)
    async with asyncio.timeout(60):
        await sending
    await alice.wait_state(ConnectionState.ONLINE, since=alice_mark)
    await bob.wait_state(ConnectionState.ONLINE, since=bob_mark)

    barrier = await alice.core.send_message(alice.account_id, bob.address, "barrier")
    await delivered(alice, barrier)
    received = await bob.wait_for(MessageAdded, lambda e: e.message.body == "barrier")

    expected = [*bodies, "barrier"]
    assert [m.body for m in await history(bob, received.message)] == expected
    sent = await history(alice, barrier)
    assert [m.body for m in sent] == expected
    assert all(m.direction is Direction.OUTGOING for m in sent)
    assert {m.state for m in sent} <= {DeliveryState.SENT, DeliveryState.DELIVERED}


@pytest.mark.asyncio
async def test_cut_connection_resumes_the_stream(
    make_own_user: MakeUser, own_prosody: ProsodyServer
) -> None:
    proxy = CuttableProxy(own_prosody.host, own_prosody.c2s_port)
    await proxy.start()
    spies: list[SinkSpy] = []
    try:
        settings = settings_for(own_prosody) | {"host": proxy.host, "port": proxy.port}
        alice, bob = await online_pair(
            make_own_user, settings=settings, factory=spying_factory(spies)
        )
        first = [f"before {i}" for i in range(5)]
        for body in first:
            await alice.core.send_message(alice.account_id, bob.address, body)
        await bob.wait_for(MessageAdded, lambda e: e.message.body == first[-1])

        mark = bob.mark()
        proxy.cut()
        await bob.wait_state(ConnectionState.RECONNECTING, since=mark)
        # Bob's stream hibernates on the server; what arrives meanwhile waits there.
        later = [f"during {i}" for i in range(5)]
        for body in later:
            await alice.core.send_message(alice.account_id, bob.address, body)
        replies = [
            await bob.core.send_message(bob.account_id, alice.address, f"reply {i}")
            for i in range(3)
        ]
        await bob.wait_state(ConnectionState.ONLINE, since=mark)
        assert (ConnectionState.ONLINE, True) in spies[0].states

        barrier = await alice.core.send_message(
            alice.account_id, bob.address, "barrier"
        )
        await delivered(alice, barrier)
        for reply in replies:
            await delivered(bob, reply)
        received = await bob.wait_for(
            MessageAdded, lambda e: e.message.body == "barrier"
        )
        messages = await history(bob, received.message)
        incoming = [m.body for m in messages if m.direction is Direction.INCOMING]
        assert incoming == [*first, *later, "barrier"]  # each once, in order
        outgoing = [m.body for m in messages if m.direction is Direction.OUTGOING]
        assert outgoing == [r.body for r in replies]
        at_alice = [e.message.body for e in alice.events if isinstance(e, MessageAdded)]
        assert sorted(b for b in at_alice if b.startswith("reply")) == outgoing
    finally:
        await proxy.close()


@pytest.mark.asyncio
async def test_messages_queued_in_a_closed_core_are_sent_once(
    make_own_user: MakeUser,
) -> None:
    alice, bob = await online_pair(make_own_user)
    await alice.core.set_account_enabled(alice.account_id, False)
    queued = [
        await alice.core.send_message(alice.account_id, bob.address, f"queued {i}")
        for i in range(3)
    ]
    assert {m.state for m in queued} == {DeliveryState.PENDING}

    await alice.restart()
    mark = alice.mark()
    await alice.core.set_account_enabled(alice.account_id, True)
    await alice.wait_state(ConnectionState.ONLINE, since=mark)
    for message in queued:
        await delivered(alice, message)
    barrier = await alice.core.send_message(alice.account_id, bob.address, "barrier")
    received = await bob.wait_for(MessageAdded, lambda e: e.message.body == "barrier")

    bodies = [m.body for m in await history(bob, received.message)]
    assert bodies == ["queued 0", "queued 1", "queued 2", "barrier"]
    assert barrier.state is DeliveryState.PENDING or barrier.body == "barrier"
