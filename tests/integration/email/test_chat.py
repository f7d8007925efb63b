# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Two of our e-mail accounts chat through the real mail fixture.

Each is a full core (SQLite, the e-mail backend) on its own mailbox: messages
go out over SMTP, arrive through IMAP IDLE, and come back to the sender's own
mailbox as the copy its other devices read, without being stored twice.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import aiosmtplib
import pytest
import pytest_asyncio

from messenger.core.events import MessageAdded
from messenger.core.events import MessageChanged
from messenger.core.model import Address
from messenger.core.model import ConnectionState
from messenger.core.model import ConversationKind
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from tests.integration.email.chat_helpers import MailUser
from tests.integration.email.chat_helpers import mail_settings
from tests.testbed.fixtures import UserFactory
from tests.testbed.mail import MailServer

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def pair(
    tmp_path: Path, mail_server: MailServer, mail_user: UserFactory
) -> AsyncIterator[tuple[MailUser, MailUser]]:
    users = []
    for name in ("alice", "bob"):
        address, password = mail_user(name)
        user = MailUser(tmp_path / name, address, password)
        await user.start(mail_settings(mail_server))
        users.append(user)
    try:
        for user in users:
            await user.wait_state(ConnectionState.ONLINE, past=True)
        yield users[0], users[1]
    finally:
        for user in users:
            await user.close()


async def test_messages_go_both_ways_in_real_time(
    pair: tuple[MailUser, MailUser],
) -> None:
    alice, bob = pair
    sent = await alice.core.send_message(alice.account_id, bob.address, "Hi Bob!")

    got = await bob.wait_for(
        MessageAdded, lambda e: e.message.direction is Direction.INCOMING
    )
    assert got.message.body == "Hi Bob!"
    assert got.message.sender == alice.address
    await alice.wait_for(
        MessageChanged,
        lambda e: e.message.id == sent.id and e.message.state is DeliveryState.SENT,
    )

    await bob.core.send_message(bob.account_id, alice.address, "Hello Alice")
    back = await alice.wait_for(
        MessageAdded, lambda e: e.message.direction is Direction.INCOMING
    )
    assert back.message.body == "Hello Alice"
    assert back.message.conversation_id == sent.conversation_id

    # Bob's reply answers Alice's thread; Bob's own copy came back and was
    # recognised as the message he sent, so each side has both messages once.
    for user in (alice, bob):
        conversation = next(
            c
            for c in (await user.core.snapshot()).conversations
            if c.peer == (bob.address if user is alice else alice.address)
        )
        history = await user.core.fetch_history(conversation.id, limit=10)
        assert sorted(m.body for m in history) == ["Hello Alice", "Hi Bob!"]


async def test_the_sender_becomes_a_contact(pair: tuple[MailUser, MailUser]) -> None:
    alice, bob = pair
    await alice.core.send_message(alice.account_id, bob.address, "Add me")
    await bob.wait_for(MessageAdded)
    contacts = (await bob.core.snapshot()).contacts
    assert Address.parse(alice.jid) in {c.address for c in contacts}


@pytest_asyncio.fixture
async def trio(
    tmp_path: Path, mail_server: MailServer, mail_user: UserFactory
) -> AsyncIterator[tuple[MailUser, MailUser, MailUser]]:
    users = []
    for name in ("ann", "ben", "cat"):
        address, password = mail_user(name)
        user = MailUser(tmp_path / name, address, password)
        await user.start(mail_settings(mail_server))
        users.append(user)
    try:
        for user in users:
            await user.wait_state(ConnectionState.ONLINE, past=True)
        yield users[0], users[1], users[2]
    finally:
        for user in users:
            await user.close()


def _incoming(text: str) -> Callable[[MessageAdded], bool]:
    return lambda e: (
        e.message.direction is Direction.INCOMING and e.message.body == text
    )


async def test_a_group_of_three(trio: tuple[MailUser, MailUser, MailUser]) -> None:
    ann, ben, cat = trio
    group = await ann.core.create_group(
        ann.account_id, "Trip", [ben.address, cat.address]
    )
    assert group.kind is ConversationKind.GROUP
    await ann.core.send_message(ann.account_id, group.peer, "Where do we go?")

    at_ben = await ben.wait_for(MessageAdded, _incoming("Where do we go?"))
    at_cat = await cat.wait_for(MessageAdded, _incoming("Where do we go?"))
    for user, event in ((ben, at_ben), (cat, at_cat)):
        assert event.message.sender == ann.address
        conversation = next(
            c
            for c in (await user.core.snapshot()).conversations
            if c.id == event.message.conversation_id
        )
        assert conversation.kind is ConversationKind.GROUP
        names = {c.address: c.name for c in (await user.core.snapshot()).contacts}
        assert names[conversation.peer] == "Trip"

    # Ben answers in the group: Ann and Cat get it in the same group chat.
    await ben.core.send_message(ben.account_id, at_ben.message.peer, "The sea!")
    reply_at_ann = await ann.wait_for(MessageAdded, _incoming("The sea!"))
    reply_at_cat = await cat.wait_for(MessageAdded, _incoming("The sea!"))
    assert reply_at_ann.message.conversation_id == group.id
    assert reply_at_ann.message.sender == ben.address
    assert reply_at_cat.message.conversation_id == at_cat.message.conversation_id


async def test_a_reply_from_an_ordinary_mail_client_lands_in_the_chat(
    tmp_path: Path, mail_server: MailServer, mail_user: UserFactory
) -> None:
    """No Chat-Version, a subject, a quote: still the chat's next message."""
    address, password = mail_user("alice")
    alice = MailUser(tmp_path / "alice", address, password)
    bob, bob_password = mail_user("bob")  # Bob uses an ordinary mail client
    await alice.start(mail_settings(mail_server))
    try:
        await alice.wait_state(ConnectionState.ONLINE, past=True)
        sent = await alice.core.send_message(
            alice.account_id, Address.parse(bob), "Dinner at eight?"
        )
        await alice.wait_for(
            MessageChanged,
            lambda e: e.message.id == sent.id and e.message.state is DeliveryState.SENT,
        )
        reply = EmailMessage()
        reply["From"] = f"Bob <{bob}>"
        reply["To"] = address
        reply["Subject"] = "Re: Message from alice"
        reply["Message-ID"] = f"<reply-{sent.origin_id[:8]}@mail.test>"
        reply["In-Reply-To"] = f"<{sent.origin_id}@mail.test>"
        reply["References"] = f"<{sent.origin_id}@mail.test>"
        reply.set_content(
            "Sure, see you there!\n\nOn Saturday, alice wrote:\n> Dinner at eight?\n"
        )
        await aiosmtplib.send(
            reply,
            hostname=mail_server.host,
            port=mail_server.smtps_port,
            use_tls=True,
            tls_context=ssl.create_default_context(cafile=str(mail_server.ca_file)),
            username=bob,
            password=bob_password,
        )

        got = await alice.wait_for(
            MessageAdded, lambda e: e.message.direction is Direction.INCOMING
        )
        assert got.message.conversation_id == sent.conversation_id
        assert got.message.body == "Sure, see you there!"  # the quote folded away
    finally:
        await alice.close()


async def test_read_receipts_and_corrections_go_both_ways(
    pair: tuple[MailUser, MailUser],
) -> None:
    alice, bob = pair
    sent = await alice.core.send_message(alice.account_id, bob.address, "See you at 7")
    got = await bob.wait_for(
        MessageAdded, lambda e: e.message.direction is Direction.INCOMING
    )

    # Bob reads it: his client sends a read receipt (MDN), Alice sees READ.
    await bob.core.mark_read(got.message.conversation_id, got.message.id)
    await alice.wait_for(
        MessageChanged,
        lambda e: e.message.id == sent.id and e.message.state is DeliveryState.READ,
    )

    # Alice corrects her message (Chat-Edit): Bob's copy changes, no new message.
    mark = bob.mark()
    await alice.core.correct_message(sent.id, "See you at 8")
    changed = await bob.wait_for(
        MessageChanged,
        lambda e: e.message.id == got.message.id and e.message.body == "See you at 8",
        since=mark,
    )
    assert changed.message.edited_at is not None
    assert not [e for e in bob.since(mark) if isinstance(e, MessageAdded)]
