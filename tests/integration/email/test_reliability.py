# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Nothing lost, nothing twice: the e-mail path broken for real.

Full cores with the e-mail backend on a mail server of this module's own (the
tests kill and restart it): IMAP killed mid-session, SMTP away while sending
(also across an app restart), two instances on one mailbox, and a chat
folder recreated by another client (a new UIDVALIDITY).
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from messenger.core.events import MessageAdded
from messenger.core.events import MessageChanged
from messenger.core.model import ConnectionState
from messenger.core.model import ConversationId
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import Message
from messenger.protocols.email.settings import EmailSettings
from tests.integration.email.chat_helpers import MailUser
from tests.integration.email.chat_helpers import mail_settings
from tests.integration.email.test_transport import open_imap
from tests.testbed.certs import TestPki
from tests.testbed.mail import MailServer

pytestmark = pytest.mark.asyncio
LONG = 60.0


@pytest.fixture(scope="module")
def server(testbed_pki: TestPki) -> Iterator[MailServer]:
    """A mail server of this module's own: tests kill and restart it."""
    with MailServer(pki=testbed_pki) as mail:
        yield mail


@pytest.fixture(autouse=True)
def _running(server: MailServer) -> None:
    """Every test starts with both servers up (a failed test may leave one down)."""
    if not server.imap_running:
        server.start_imap()
    if not server.smtp_running:
        server.start_smtp()


@pytest_asyncio.fixture
async def make(
    tmp_path: Path, server: MailServer
) -> AsyncIterator[Callable[..., MailUser]]:
    users: list[MailUser] = []

    def create(name: str, *, address: str = "", password: str = "") -> MailUser:
        unique = f"{name}{secrets.token_hex(3)}"  # the server outlives the test
        if not address:
            password = secrets.token_urlsafe(12)
            address = server.add_user(unique, password)
        user = MailUser(tmp_path / unique, address, password)
        users.append(user)
        return user

    try:
        yield create
    finally:
        for user in users:
            await user.close()


async def online(user: MailUser, server: MailServer) -> MailUser:
    await user.start(mail_settings(server))
    await user.wait_state(ConnectionState.ONLINE, past=True, limit=LONG)
    return user


def incoming(text: str) -> Callable[[MessageAdded], bool]:
    return lambda e: (
        e.message.direction is Direction.INCOMING and e.message.body == text
    )


async def history(user: MailUser, conversation_id: ConversationId) -> list[Message]:
    return await user.core.fetch_history(conversation_id, limit=500)


async def until_sent(user: MailUser, message: Message) -> None:
    await user.wait_for(
        MessageChanged,
        lambda e: e.message.id == message.id and e.message.state is DeliveryState.SENT,
        limit=LONG,
    )


async def test_imap_killed_and_restarted_nothing_lost_or_twice(
    server: MailServer, make: Callable[..., MailUser]
) -> None:
    alice = await online(make("alice"), server)
    bob = await online(make("bob"), server)
    first = await bob.core.send_message(bob.account_id, alice.address, "before")
    await alice.wait_for(MessageAdded, incoming("before"))

    server.kill_imap()
    await alice.wait_state(ConnectionState.RECONNECTING, limit=LONG)
    # Bob keeps writing: with Dovecot down the SMTP front cannot deliver, so
    # his messages wait in his outbox (temporary failures) and go out later.
    texts = [f"during {i}" for i in range(5)]
    for text in texts:
        await bob.core.send_message(bob.account_id, alice.address, text)
    await asyncio.sleep(1.0)
    server.start_imap()
    await bob.core.network_changed(True)  # retry now, not after the pause

    for text in texts:
        await alice.wait_for(MessageAdded, incoming(text), limit=LONG)
    await alice.wait_state(ConnectionState.ONLINE, past=True)
    bodies = [m.body for m in await history(alice, _conversation(alice, first))]
    assert bodies == ["before", *texts]
    sent = await history(bob, first.conversation_id)
    assert [m.body for m in sent] == ["before", *texts]
    assert all(m.state is DeliveryState.SENT for m in sent)


def _conversation(user: MailUser, other: Message) -> ConversationId:
    """The conversation in ``user``'s core of the first incoming message."""
    for event in user.events:
        if isinstance(event, MessageAdded):
            return event.message.conversation_id
    raise AssertionError(f"no message arrived at {user.jid} (expected {other.body})")


async def test_smtp_away_messages_queue_and_go_out_once_across_a_restart(
    server: MailServer, make: Callable[..., MailUser]
) -> None:
    alice = await online(make("alice"), server)
    bob = await online(make("bob"), server)

    server.stop_smtp()
    queued = [
        await alice.core.send_message(alice.account_id, bob.address, f"queued {i}")
        for i in range(3)
    ]
    await asyncio.sleep(1.0)
    states = {m.id: m.state for m in await history(alice, queued[0].conversation_id)}
    assert set(states.values()) == {DeliveryState.PENDING}  # not failed: waiting

    await alice.restart()  # the queue is the database: it survives
    await alice.wait_state(ConnectionState.ONLINE, past=True, limit=LONG)
    server.start_smtp()
    await alice.core.network_changed(True)

    for i in range(3):
        await bob.wait_for(MessageAdded, incoming(f"queued {i}"), limit=LONG)
    for message in queued:
        await alice.wait_for(
            MessageChanged,
            lambda e, m=message: (
                e.message.id == m.id  # type: ignore[misc]
                and e.message.state is DeliveryState.SENT
            ),
            limit=LONG,
        )
    at_bob = await history(bob, _conversation(bob, queued[0]))
    assert [m.body for m in at_bob] == ["queued 0", "queued 1", "queued 2"]
    at_alice = await history(alice, queued[0].conversation_id)
    assert [m.body for m in at_alice] == ["queued 0", "queued 1", "queued 2"]


async def test_two_instances_on_one_mailbox_stay_in_sync(
    server: MailServer, make: Callable[..., MailUser]
) -> None:
    desktop = await online(make("alice"), server)
    laptop = await online(
        make("alice", address=desktop.jid, password=desktop.password), server
    )
    bob = await online(make("bob"), server)

    sent = await desktop.core.send_message(desktop.account_id, bob.address, "from desk")
    await bob.wait_for(MessageAdded, incoming("from desk"))
    mirrored = await laptop.wait_for(
        MessageAdded, lambda e: e.message.body == "from desk", limit=LONG
    )
    assert mirrored.message.direction is Direction.OUTGOING
    assert mirrored.message.peer == bob.address

    await bob.core.send_message(bob.account_id, desktop.address, "hi both")
    for device in (desktop, laptop):
        await device.wait_for(MessageAdded, incoming("hi both"), limit=LONG)
    await until_sent(desktop, sent)
    # Settle: every copy (the blind copy, the other device's move) was seen.
    await asyncio.sleep(2.0)
    for device, conversation in (
        (desktop, sent.conversation_id),
        (laptop, mirrored.message.conversation_id),
    ):
        bodies = [m.body for m in await history(device, conversation)]
        assert bodies == ["from desk", "hi both"], device


async def test_a_recreated_chat_folder_is_read_again_without_duplicates(
    server: MailServer, make: Callable[..., MailUser]
) -> None:
    alice = await online(make("alice"), server)
    bob = await online(make("bob"), server)
    for i in range(3):
        await bob.core.send_message(bob.account_id, alice.address, f"m{i}")
    for i in range(3):
        await alice.wait_for(MessageAdded, incoming(f"m{i}"), limit=LONG)
    conversation = _conversation(alice, (await history(bob, _first(bob)))[0])
    before = await history(alice, conversation)

    # Another client deletes the chat folder and puts the same mails back in a
    # new one: a new UIDVALIDITY, so the folder is read again from the start.
    settings = EmailSettings.from_account(alice.account)  # type: ignore[arg-type]
    conn = await open_imap(settings, alice.password)
    try:
        await conn.select("DeltaChat")
        items = await conn.fetch(await conn.uid_search("ALL"), "(UID BODY.PEEK[])")
        raws = [items[uid].sections["BODY[]"] for uid in sorted(items)]
        await conn.select("INBOX")
        await conn.delete_folder("DeltaChat")
        await conn.create("DeltaChat")
        for raw in raws:
            await conn.append("DeltaChat", raw)
    finally:
        await conn.logout()
    mark = alice.mark()
    await bob.core.send_message(bob.account_id, alice.address, "after")
    await alice.wait_for(MessageAdded, incoming("after"), limit=LONG)

    added = [e.message.body for e in alice.since(mark) if isinstance(e, MessageAdded)]
    assert added == ["after"]
    after = await history(alice, conversation)
    assert [m.body for m in after] == [*(m.body for m in before), "after"]


def _first(user: MailUser) -> ConversationId:
    for event in user.events:
        if isinstance(event, MessageAdded):
            return event.message.conversation_id
    raise AssertionError("no message")
