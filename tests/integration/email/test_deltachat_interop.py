# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Interoperability with Delta Chat's own core (``deltachat-rpc-server``).

Our e-mail accounts and Delta Chat accounts (``force_encryption`` 0: we do not
encrypt yet) chat on the mail fixture. Messages must show up as chat messages
on both sides, in the same chat (threading by In-Reply-To/References), one to
one and in groups, whoever started.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from collections.abc import Callable
from pathlib import Path

import pytest
import pytest_asyncio

from messenger.core.events import MessageAdded
from messenger.core.model import Address
from messenger.core.model import ConnectionState
from messenger.core.model import ConversationKind
from messenger.core.model import Direction
from tests.integration.email.chat_helpers import MailUser
from tests.integration.email.chat_helpers import mail_settings
from tests.testbed.fixtures import PeerFactory
from tests.testbed.fixtures import UserFactory
from tests.testbed.mail import MailServer

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def ours(
    tmp_path: Path, mail_server: MailServer, mail_user: UserFactory
) -> AsyncIterator[Callable[[str], MailUser]]:
    users: list[MailUser] = []

    def make(name: str) -> MailUser:
        address, password = mail_user(name)
        user = MailUser(tmp_path / name, address, password)
        users.append(user)
        return user

    try:
        yield make
    finally:
        for user in users:
            await user.close()


async def _online(user: MailUser, mail_server: MailServer) -> MailUser:
    await user.start(mail_settings(mail_server))
    await user.wait_state(ConnectionState.ONLINE, past=True)
    return user


def _incoming(text: str) -> Callable[[MessageAdded], bool]:
    return lambda e: (
        e.message.direction is Direction.INCOMING and e.message.body == text
    )


async def test_one_to_one_both_ways(
    ours: Callable[[str], MailUser],
    mail_server: MailServer,
    deltachat_peer: PeerFactory,
) -> None:
    alice = await _online(ours("alice"), mail_server)
    dc = await asyncio.to_thread(deltachat_peer, "dc", "Dee")

    sent = await alice.core.send_message(
        alice.account_id, Address.parse(dc.address), "Hello Delta Chat"
    )
    first = await asyncio.to_thread(dc.next_text)
    assert (first.text, first.sender, first.is_group) == (
        "Hello Delta Chat",
        alice.jid,
        False,
    )

    await asyncio.to_thread(dc.accept_chat, first.chat_id)
    await asyncio.to_thread(dc.send_in_chat, first.chat_id, "Hi from Delta Chat")
    reply = await alice.wait_for(MessageAdded, _incoming("Hi from Delta Chat"))
    assert reply.message.conversation_id == sent.conversation_id
    assert reply.message.sender == Address.parse(dc.address)

    # Our answer lands in the same Delta Chat chat.
    await alice.core.send_message(
        alice.account_id, Address.parse(dc.address), "Nice to meet you"
    )
    second = await asyncio.to_thread(dc.next_text)
    assert second.text == "Nice to meet you"
    assert second.chat_id == first.chat_id


async def test_delta_chat_starts_and_we_answer(
    ours: Callable[[str], MailUser],
    mail_server: MailServer,
    deltachat_peer: PeerFactory,
) -> None:
    bob = await _online(ours("bob"), mail_server)
    dc = await asyncio.to_thread(deltachat_peer, "dc", "Dee")

    await asyncio.to_thread(dc.send_text, bob.jid, "Are you there?")
    got = await bob.wait_for(MessageAdded, _incoming("Are you there?"))
    await bob.core.send_message(bob.account_id, got.message.peer, "Yes!")

    answer = await asyncio.to_thread(dc.next_text)
    assert answer.text == "Yes!"
    assert not answer.is_group


async def test_a_group_with_delta_chat_both_ways(
    ours: Callable[[str], MailUser],
    mail_server: MailServer,
    deltachat_peer: PeerFactory,
) -> None:
    ann = await _online(ours("ann"), mail_server)
    ben = await _online(ours("ben"), mail_server)
    dc = await asyncio.to_thread(deltachat_peer, "dc", "Dee")
    dc_address = Address.parse(dc.address)

    group = await ann.core.create_group(
        ann.account_id, "Book club", [ben.address, dc_address]
    )
    await ann.core.send_message(ann.account_id, group.peer, "Chapter one?")
    at_dc = await asyncio.to_thread(dc.next_text)
    assert (at_dc.text, at_dc.is_group, at_dc.chat_name) == (
        "Chapter one?",
        True,
        "Book club",
    )
    at_ben = await ben.wait_for(MessageAdded, _incoming("Chapter one?"))

    await asyncio.to_thread(dc.accept_chat, at_dc.chat_id)
    await asyncio.to_thread(dc.send_in_chat, at_dc.chat_id, "Loved it")
    for user, conversation_id in (
        (ann, group.id),
        (ben, at_ben.message.conversation_id),
    ):
        got = await user.wait_for(MessageAdded, _incoming("Loved it"))
        assert got.message.conversation_id == conversation_id
        assert got.message.sender == dc_address

    # Ben's answer reaches Delta Chat in the same group chat.
    await ben.core.send_message(ben.account_id, at_ben.message.peer, "Me too")
    answer = await asyncio.to_thread(dc.next_text)
    assert (answer.text, answer.chat_id) == ("Me too", at_dc.chat_id)


async def test_a_group_started_by_delta_chat(
    ours: Callable[[str], MailUser],
    mail_server: MailServer,
    deltachat_peer: PeerFactory,
) -> None:
    ann = await _online(ours("ann"), mail_server)
    ben = await _online(ours("ben"), mail_server)
    dc = await asyncio.to_thread(deltachat_peer, "dc", "Dee")

    chat_id = await asyncio.to_thread(dc.create_group, "Choir", [ann.jid, ben.jid])
    await asyncio.to_thread(dc.send_in_chat, chat_id, "Rehearsal at 7")
    at_ann = await ann.wait_for(MessageAdded, _incoming("Rehearsal at 7"))
    at_ben = await ben.wait_for(MessageAdded, _incoming("Rehearsal at 7"))
    snapshot = await ann.core.snapshot()
    conversation = next(
        c for c in snapshot.conversations if c.id == at_ann.message.conversation_id
    )
    assert conversation.kind is ConversationKind.GROUP
    assert {c.address: c.name for c in snapshot.contacts}[conversation.peer] == "Choir"

    await ann.core.send_message(ann.account_id, conversation.peer, "I'll be there")
    answer = await asyncio.to_thread(dc.next_text)
    assert (answer.text, answer.chat_id) == ("I'll be there", chat_id)
    at_ben_too = await ben.wait_for(MessageAdded, _incoming("I'll be there"))
    assert at_ben_too.message.conversation_id == at_ben.message.conversation_id
