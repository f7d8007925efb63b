# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""SqliteStore against the Store contract in messenger.core.interfaces."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import AsyncIterator
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from datetime import timezone
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from messenger.core.errors import CoreError
from messenger.core.interfaces import Store
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import ConversationId
from messenger.core.model import ConversationKind
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import ErrorCode
from messenger.core.model import JsonValue
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.core.model import NewMessage
from messenger.core.model import ProtocolKind
from messenger.core.model import Subscription
from messenger.storage import messages as sql_messages
from messenger.storage.store import SqliteStore
from tests.unit.storage.fts_check import check_search_index

ACCOUNT = AccountId("account-1")
OTHER_ACCOUNT = AccountId("account-2")
ME = Address("me", "example.org", "laptop")
ALICE = Address("alice", "example.org")
BOB = Address("bob", "example.net")
ROOM = Address("room", "muc.example.org")
T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def incoming(body: str, **changes: Any) -> NewMessage:
    values: dict[str, Any] = {
        "account_id": ACCOUNT,
        "peer": ALICE,
        "direction": Direction.INCOMING,
        "sender": ALICE.with_resource("phone"),
        "body": body,
        "timestamp": T0,
        "state": DeliveryState.RECEIVED,
    }
    values.update(changes)
    return NewMessage(**values)


def outgoing(body: str, **changes: Any) -> NewMessage:
    values: dict[str, Any] = {
        "direction": Direction.OUTGOING,
        "sender": ME,
        "state": DeliveryState.PENDING,
    }
    values.update(changes)
    return incoming(body, **values)


def account(account_id: AccountId = ACCOUNT, **changes: Any) -> Account:
    values: dict[str, Any] = {
        "id": account_id,
        "protocol": ProtocolKind.XMPP,
        "address": f"me@{account_id}.example",
    }
    values.update(changes)
    return Account(**values)


@pytest_asyncio.fixture
async def store() -> AsyncIterator[SqliteStore]:
    opened = SqliteStore(":memory:")
    await opened.open()
    await opened.save_account(account(ACCOUNT))
    await opened.save_account(account(OTHER_ACCOUNT))
    yield opened
    await opened.close()


async def add(store: SqliteStore, *messages: NewMessage) -> list[Message]:
    result = await store.add_messages(messages)
    stored = [message for message in result.messages if message is not None]
    assert len(stored) == len(messages), "unexpected duplicate"
    return stored


def ids(messages: list[Message]) -> list[int]:
    return [message.id for message in messages]


def bodies(messages: list[Message]) -> list[str]:
    return [message.body for message in messages]


def test_sqlite_store_satisfies_the_store_protocol() -> None:
    store: Store = SqliteStore(":memory:")
    assert store is not None


# ---------------------------------------------------------------- settings


@pytest.mark.asyncio
async def test_settings_round_trip_json_values(store: SqliteStore) -> None:
    assert await store.load_settings() == {}
    value: JsonValue = {"show": "away", "list": [1, 2.5, None, True], "text": "héllo ✓"}
    await store.save_setting("presence", value)
    await store.save_setting("volume", 3)
    await store.save_setting("volume", 7)
    assert await store.load_settings() == {"presence": value, "volume": 7}


@pytest.mark.asyncio
async def test_account_state_round_trips_per_account(store: SqliteStore) -> None:
    assert await store.load_account_state(ACCOUNT, "roster_ver") is None
    await store.save_account_state(ACCOUNT, "roster_ver", "v1")
    await store.save_account_state(ACCOUNT, "mam", {"last": "abc", "n": [1]})
    await store.save_account_state(ACCOUNT, "roster_ver", "v2")
    await store.save_account_state(OTHER_ACCOUNT, "roster_ver", "other")
    assert await store.load_account_state(ACCOUNT, "roster_ver") == "v2"
    assert await store.load_account_state(ACCOUNT, "mam") == {"last": "abc", "n": [1]}
    assert await store.load_account_state(OTHER_ACCOUNT, "roster_ver") == "other"


# ---------------------------------------------------------------- accounts


@pytest.mark.asyncio
async def test_accounts_keep_their_order_and_values(store: SqliteStore) -> None:
    third = account(
        AccountId("account-3"),
        protocol=ProtocolKind.EMAIL,
        display_name="Mail",
        enabled=False,
        settings={"host": "imap.example.org", "port": 993, "tls": True},
    )
    await store.save_account(third)
    # Updating the first account keeps its place.
    renamed = account(ACCOUNT, display_name="Renamed")
    await store.save_account(renamed)
    assert await store.load_accounts() == [renamed, account(OTHER_ACCOUNT), third]


@pytest.mark.asyncio
async def test_soft_removal_hides_the_account_and_keeps_history(
    store: SqliteStore,
) -> None:
    [message] = await add(store, incoming("keep this history"))
    await store.save_contacts([Contact(account_id=ACCOUNT, address=ALICE)])
    await store.delete_account(ACCOUNT, delete_history=False)

    assert [a.id for a in await store.load_accounts()] == [OTHER_ACCOUNT]
    assert await store.load_contacts() == []
    assert [c.id for c in await store.load_conversations()] == [message.conversation_id]
    assert await store.load_messages(message.conversation_id) == [message]
    assert await store.search_messages("history") == [message]
    assert await store.get_message(message.id) == message

    # Saving the account again brings it back, in its old place.
    await store.save_account(account(ACCOUNT))
    assert [a.id for a in await store.load_accounts()] == [ACCOUNT, OTHER_ACCOUNT]


@pytest.mark.asyncio
async def test_hard_removal_deletes_everything_of_the_account(
    store: SqliteStore,
) -> None:
    [gone] = await add(store, incoming("delete this history"))
    [kept] = await add(store, incoming("other history", account_id=OTHER_ACCOUNT))
    await store.save_contacts([Contact(account_id=ACCOUNT, address=ALICE)])
    await store.save_account_state(ACCOUNT, "roster_ver", "v1")

    await store.delete_account(ACCOUNT, delete_history=True)

    assert [a.id for a in await store.load_accounts()] == [OTHER_ACCOUNT]
    assert await store.load_contacts() == []
    assert [c.id for c in await store.load_conversations()] == [kept.conversation_id]
    assert await store.load_messages(gone.conversation_id) == []
    assert await store.get_message(gone.id) is None
    assert await store.search_messages("history") == [kept]
    assert await store.load_account_state(ACCOUNT, "roster_ver") is None
    # The search index lost the deleted rows too.
    await store.database.run(check_search_index)


# ---------------------------------------------------------------- contacts


@pytest.mark.asyncio
async def test_contacts_round_trip_and_replace_by_bare_address(
    store: SqliteStore,
) -> None:
    alice = Contact(
        account_id=ACCOUNT,
        address=ALICE,
        name="Alice",
        groups=("Friends", "Work"),
        subscription=Subscription.BOTH,
        pending_out=True,
        avatar_hash="abc123",
    )
    bob = Contact(account_id=OTHER_ACCOUNT, address=BOB, pending_in=True)
    await store.save_contacts([alice, bob])
    assert await store.load_contacts() == [alice, bob]

    # A full address is stored bare and replaces the entry.
    renamed = Contact(
        account_id=ACCOUNT, address=ALICE.with_resource("phone"), name="Ally"
    )
    await store.save_contacts([renamed])
    assert await store.load_contacts() == [
        Contact(account_id=ACCOUNT, address=ALICE, name="Ally"),
        bob,
    ]

    await store.delete_contacts(ACCOUNT, [ALICE.with_resource("x")])
    assert await store.load_contacts() == [bob]


@pytest.mark.asyncio
async def test_contact_for_an_unknown_account_is_refused(store: SqliteStore) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"):
        await store.save_contacts(
            [Contact(account_id=AccountId("nobody"), address=ALICE)]
        )
    assert await store.load_contacts() == []


# ---------------------------------------------------------------- conversations


@pytest.mark.asyncio
async def test_open_conversation_is_idempotent_per_bare_peer_and_kind(
    store: SqliteStore,
) -> None:
    direct = await store.open_conversation(
        ACCOUNT, ALICE.with_resource("x"), ConversationKind.DIRECT
    )
    assert direct.peer == ALICE
    assert direct.unread_count == 0
    assert direct.read_up_to is None
    assert direct.last_message_id is None
    again = await store.open_conversation(ACCOUNT, ALICE, ConversationKind.DIRECT)
    group = await store.open_conversation(ACCOUNT, ALICE, ConversationKind.GROUP)
    other = await store.open_conversation(OTHER_ACCOUNT, ALICE, ConversationKind.DIRECT)
    assert again == direct
    assert len({direct.id, group.id, other.id}) == 3
    assert await store.load_conversations() == [direct, group, other]


@pytest.mark.asyncio
async def test_add_messages_creates_conversations_and_tracks_activity(
    store: SqliteStore,
) -> None:
    result = await store.add_messages(
        [
            incoming("hi", timestamp=T0),
            outgoing("hello", timestamp=T0 + timedelta(seconds=5)),
            incoming("from bob", peer=BOB, sender=BOB, timestamp=T0),
        ]
    )
    first, reply, from_bob = result.messages
    assert first is not None
    assert reply is not None
    assert from_bob is not None
    assert first.conversation_id == reply.conversation_id != from_bob.conversation_id
    assert first.peer == ALICE
    assert first.sender == ALICE.with_resource("phone")
    assert reply.state is DeliveryState.PENDING
    with_alice, with_bob = result.conversations
    assert with_alice.id == first.conversation_id
    assert with_alice.last_message_id == reply.id
    assert with_alice.last_activity == T0 + timedelta(seconds=5)
    assert with_alice.unread_count == 1  # outgoing messages are never unread
    assert with_bob.unread_count == 1
    assert await store.load_conversations() == [with_alice, with_bob]
    assert await store.get_message(first.id) == first


@pytest.mark.asyncio
async def test_an_older_message_does_not_become_the_last_one(
    store: SqliteStore,
) -> None:
    [newest] = await add(store, incoming("new", timestamp=T0))
    result = await store.add_messages(
        [incoming("backfill", timestamp=T0 - timedelta(days=1))]
    )
    [conversation] = result.conversations
    assert conversation.last_message_id == newest.id
    assert conversation.last_activity == T0


@pytest.mark.asyncio
async def test_empty_batch_changes_nothing(store: SqliteStore) -> None:
    result = await store.add_messages([])
    assert result.messages == []
    assert result.conversations == []


# ---------------------------------------------------------------- duplicates


@pytest.mark.asyncio
async def test_duplicate_by_stanza_id_per_account(store: SqliteStore) -> None:
    [stored] = await add(store, incoming("one", stanza_id="archive-1"))
    result = await store.add_messages(
        [
            incoming("one again", stanza_id="archive-1"),
            incoming("other account", stanza_id="archive-1", account_id=OTHER_ACCOUNT),
        ]
    )
    duplicate, other = result.messages
    assert duplicate is None
    assert other is not None
    assert [c.account_id for c in result.conversations] == [OTHER_ACCOUNT]
    assert bodies(await store.load_messages(stored.conversation_id)) == ["one"]


@pytest.mark.asyncio
async def test_duplicate_by_origin_id_per_conversation_and_bare_sender(
    store: SqliteStore,
) -> None:
    [stored] = await add(store, incoming("hi", origin_id="o-1"))
    # Same bare sender from another resource: a duplicate (a carbon, a resend).
    again = incoming("hi", origin_id="o-1", sender=ALICE.with_resource("tablet"))
    result = await store.add_messages([again])
    assert result.messages == [None]
    assert result.conversations == []
    assert ids(await store.load_messages(stored.conversation_id)) == [stored.id]


@pytest.mark.asyncio
async def test_same_origin_id_from_another_sender_or_conversation_is_kept(
    store: SqliteStore,
) -> None:
    group = ConversationKind.GROUP
    await add(
        store,
        incoming(
            "alice in room",
            peer=ROOM,
            sender=ALICE,
            origin_id="o-1",
            conversation_kind=group,
        ),
    )
    distinct = [
        # Another sender in the same conversation.
        incoming("bob in room", peer=ROOM, sender=BOB, origin_id="o-1",
                 conversation_kind=group),
        # The same sender in another conversation.
        incoming("alice direct", sender=ALICE, origin_id="o-1"),
        # The same peer on another account.
        incoming("other account", sender=ALICE, origin_id="o-1",
                 account_id=OTHER_ACCOUNT),
        # Our own message with that id to Alice.
        outgoing("mine", origin_id="o-1"),
    ]  # fmt: skip
    result = await store.add_messages(distinct)
    assert None not in result.messages
    assert len(result.conversations) == 3  # the room, Alice, Alice on account 2
    assert len(await store.search_messages("room")) == 2


@pytest.mark.asyncio
async def test_origin_duplicate_fills_in_a_missing_stanza_id(
    store: SqliteStore,
) -> None:
    [sent] = await add(store, outgoing("hello", origin_id="o-1"))
    archived = outgoing(
        "hello", origin_id="o-1", stanza_id="archive-9", sender=ME.with_resource("pc")
    )
    assert (await store.add_messages([archived])).messages == [None]
    stored = await store.get_message(sent.id)
    assert stored is not None
    assert stored.stanza_id == "archive-9"
    # Now the stanza-id alone identifies it, too.
    again = incoming("hello", stanza_id="archive-9", peer=BOB, sender=BOB)
    assert (await store.add_messages([again])).messages == [None]


@pytest.mark.asyncio
async def test_duplicates_within_one_batch(store: SqliteStore) -> None:
    result = await store.add_messages(
        [
            incoming("a", stanza_id="s-1"),
            incoming("a", stanza_id="s-1"),
            incoming("b", origin_id="o-1"),
            incoming("b", origin_id="o-1"),
            incoming("no ids"),
            incoming("no ids"),
        ]
    )
    kept = [m.body if m else None for m in result.messages]
    assert kept == ["a", None, "b", None, "no ids", "no ids"]
    [conversation] = result.conversations
    assert conversation.unread_count == 4


# ---------------------------------------------------------------- unread, read


@pytest.mark.asyncio
async def test_unread_counts_and_mark_read(store: SqliteStore) -> None:
    first, _, third = await add(store, incoming("1"), outgoing("2"), incoming("3"))
    conversation_id = first.conversation_id
    read = await store.mark_read(conversation_id, first.id)
    assert read.read_up_to == first.id
    assert read.unread_count == 1

    # Never backwards; the count is recomputed anyway.
    assert (await store.mark_read(conversation_id, LocalMessageId(1))) == read

    # New incoming messages after the marker count; the marker stays.
    result = await store.add_messages([incoming("4"), outgoing("5")])
    assert result.conversations[0].unread_count == 2
    assert result.conversations[0].read_up_to == first.id

    last = result.messages[1]
    assert last is not None
    done = await store.mark_read(conversation_id, last.id)
    assert done.unread_count == 0
    assert done.read_up_to == last.id
    assert third.id < last.id
    [listed] = await store.load_conversations()
    assert listed == done


@pytest.mark.asyncio
async def test_late_message_with_an_old_timestamp_is_unread(store: SqliteStore) -> None:
    [seen] = await add(store, incoming("seen", timestamp=T0))
    await store.mark_read(seen.conversation_id, seen.id)
    result = await store.add_messages(
        [incoming("delayed", timestamp=T0 - timedelta(hours=1))]
    )
    assert result.conversations[0].unread_count == 1


@pytest.mark.asyncio
async def test_mark_read_of_an_unknown_conversation(store: SqliteStore) -> None:
    with pytest.raises(CoreError) as caught:
        await store.mark_read(ConversationId(404), LocalMessageId(1))
    assert caught.value.code is ErrorCode.NOT_FOUND


# ---------------------------------------------------------------- history pages


@pytest.mark.asyncio
async def test_load_messages_pages_by_timestamp_then_id(store: SqliteStore) -> None:
    # Inserted out of timestamp order, with ties on the timestamp.
    offsets = [5, 1, 3, 3, 0, 9, 3, 7, 1, 2]
    stored = await add(
        store,
        *(
            incoming(f"m{i}", timestamp=T0 + timedelta(seconds=s))
            for i, s in enumerate(offsets)
        ),
    )
    expected = sorted(stored, key=lambda m: (m.timestamp, m.id))
    conversation_id = stored[0].conversation_id

    newest = await store.load_messages(conversation_id, limit=4)
    assert newest == expected[-4:]

    pages: list[Message] = []
    before: LocalMessageId | None = None
    while page := await store.load_messages(conversation_id, before=before, limit=3):
        pages = page + pages
        before = page[0].id
    assert pages == expected

    assert await store.load_messages(conversation_id, limit=0) == []
    assert await store.load_messages(conversation_id, before=LocalMessageId(999)) == []
    assert await store.load_messages(ConversationId(999)) == []


@pytest.mark.asyncio
async def test_load_messages_after_pages_forward(store: SqliteStore) -> None:
    offsets = [5, 1, 3, 3, 0, 9, 3, 7, 1, 2]
    stored = await add(
        store,
        *(
            incoming(f"m{i}", timestamp=T0 + timedelta(seconds=s))
            for i, s in enumerate(offsets)
        ),
    )
    expected = sorted(stored, key=lambda m: (m.timestamp, m.id))
    conversation_id = stored[0].conversation_id

    pages = list(expected[:1])
    while page := await store.load_messages(
        conversation_id, after=pages[-1].id, limit=3
    ):
        assert len(page) <= 3
        pages += page
    assert pages == expected

    middle = expected[4]
    assert (
        await store.load_messages(conversation_id, after=middle.id, limit=2)
        == expected[5:7]
    )
    assert await store.load_messages(conversation_id, after=expected[-1].id) == []
    assert await store.load_messages(conversation_id, after=LocalMessageId(999)) == []
    assert await store.load_messages(conversation_id, after=middle.id, limit=0) == []
    with pytest.raises(ValueError, match="not both"):
        await store.load_messages(conversation_id, before=middle.id, after=middle.id)


@pytest.mark.asyncio
async def test_timestamps_are_utc_milliseconds(store: SqliteStore) -> None:
    paris = timezone(timedelta(hours=2))
    local = datetime(2024, 5, 1, 14, 0, 0, 123456, tzinfo=paris)
    [message] = await add(store, incoming("tz", timestamp=local))
    [loaded] = await store.load_messages(message.conversation_id)
    assert loaded.timestamp == datetime(2024, 5, 1, 12, 0, 0, 123000, tzinfo=UTC)
    assert loaded.timestamp.tzinfo is UTC
    assert loaded == message
    with pytest.raises(ValueError, match="naive"):
        await store.add_messages([incoming("naive", timestamp=datetime(2024, 1, 1))])


@pytest.mark.asyncio
async def test_addresses_round_trip_exactly(store: SqliteStore) -> None:
    sender = ROOM.with_resource(" nick with spaces / and @ ")
    [message] = await add(
        store,
        incoming(
            "x", peer=ROOM, sender=sender, conversation_kind=ConversationKind.GROUP
        ),
    )
    [loaded] = await store.load_messages(message.conversation_id)
    assert loaded.sender == sender
    assert loaded.peer == ROOM


# ---------------------------------------------------------------- search


@pytest.mark.asyncio
async def test_search_across_conversations_newest_first(store: SqliteStore) -> None:
    stored = await add(
        store,
        incoming("Meet at the Café tonight"),
        incoming("CAFE is closed", peer=BOB, sender=BOB),
        incoming("unrelated"),
        incoming("cafeteria food", account_id=OTHER_ACCOUNT),
        outgoing("Déjà vu at the café", timestamp=T0 - timedelta(days=3)),
    )
    found = await store.search_messages("cafe")
    assert ids(found) == sorted(ids([stored[i] for i in (0, 1, 3, 4)]), reverse=True)
    # Accents and case do not matter, either way round.
    assert ids(await store.search_messages("CAFÉ")) == ids(found)
    assert ids(await store.search_messages("deja")) == [stored[4].id]
    # Every term must match, each as a prefix.
    assert ids(await store.search_messages("caf tonig")) == [stored[0].id]
    assert await store.search_messages("cafe nowhere") == []
    # Filters and paging.
    account_only = await store.search_messages("cafe", account_id=OTHER_ACCOUNT)
    assert ids(account_only) == [stored[3].id]
    in_bob = await store.search_messages(
        "cafe", conversation_id=stored[1].conversation_id
    )
    assert ids(in_bob) == [stored[1].id]
    first_page = await store.search_messages("cafe", limit=2)
    second_page = await store.search_messages("cafe", before=first_page[-1].id)
    assert first_page + second_page == found
    assert await store.search_messages("cafe", limit=0) == []


@pytest.mark.asyncio
async def test_search_scope_is_exact_and_hidden_from_user_terms(
    store: SqliteStore,
) -> None:
    peers = [Address(f"peer{n}", "example.org") for n in range(12)]
    stored = await add(store, *(incoming("hello", peer=p, sender=p) for p in peers))
    first, twelfth = stored[0], stored[11]
    assert (first.conversation_id, twelfth.conversation_id) == (1, 12)
    in_first = await store.search_messages("hello", conversation_id=ConversationId(1))
    assert in_first == [first]
    in_twelfth = await store.search_messages("hel", conversation_id=ConversationId(12))
    assert in_twelfth == [twelfth]
    # Scope tokens ("c1", "a<hex>") never match what the user types.
    hex_id = ACCOUNT.encode().hex()
    for query in ("c1", "c", "a", "a" + hex_id[:4], "scope:c1", "{scope}: c1"):
        assert await store.search_messages(query) == [], query
    both = await store.search_messages(
        "hello", account_id=ACCOUNT, conversation_id=ConversationId(12)
    )
    assert both == [twelfth]
    assert await store.search_messages("hello", account_id=OTHER_ACCOUNT) == []


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "query",
    [
        "", "   ", '"', '""', "'", "*", "**", "-", "+", "^", ":", "(", ")", "((((",
        "NEAR(", "NEAR(a b, 3)", "OR", "AND", "NOT", "a OR b", "-cafe", "body:cafe",
        "{body}: cafe", '"unbalanced', 'ca"fe', "a*b", "\x00", "caf\x00e", "\ud800",
        "\u0301", "...", "x" * 5000, "word " * 2000,
    ],
)  # fmt: skip
async def test_hostile_search_text_never_raises(store: SqliteStore, query: str) -> None:
    await add(store, incoming("cafe OR order NEAR nearby - plus"))
    found = await store.search_messages(query)
    assert isinstance(found, list)


@pytest.mark.asyncio
async def test_search_operators_are_plain_text(store: SqliteStore) -> None:
    target, _ = await add(
        store, incoming("place your ORDER nearby"), incoming("nothing here")
    )
    for query in ("OR", "NEAR(", "-order", '"order', "order*", "(near)", "AND"):
        found = await store.search_messages(query)
        expected = [] if query == "AND" else [target.id]
        assert ids(found) == expected, query
    assert await store.search_messages('- * "') == []


# ---------------------------------------------------------------- outgoing


@pytest.mark.asyncio
async def test_pending_outgoing_is_the_queue_in_id_order(store: SqliteStore) -> None:
    later = outgoing("later", timestamp=T0, origin_id="o-1")
    earlier = outgoing("earlier", timestamp=T0 - timedelta(hours=1), origin_id="o-2")
    to_bob = outgoing("to bob", peer=BOB, origin_id="o-3")
    sent = outgoing("sent", state=DeliveryState.SENT, origin_id="o-4")
    first, second, third, _ = await add(store, later, earlier, to_bob, sent)
    await add(store, outgoing("other", account_id=OTHER_ACCOUNT))

    queue = await store.pending_outgoing(ACCOUNT)
    assert queue == [first, second, third]

    updated = await store.update_message(second.id, state=DeliveryState.SENT)
    assert updated is not None
    assert updated.state is DeliveryState.SENT
    assert ids(await store.pending_outgoing(ACCOUNT)) == [first.id, third.id]


@pytest.mark.asyncio
async def test_update_message_changes_only_what_is_given(store: SqliteStore) -> None:
    [message] = await add(store, outgoing("hi", origin_id="o-1"))
    failed = await store.update_message(
        message.id, state=DeliveryState.FAILED, error="recipient-unavailable"
    )
    assert failed is not None
    assert (failed.state, failed.error, failed.stanza_id) == (
        DeliveryState.FAILED, "recipient-unavailable", ""
    )  # fmt: skip
    acked = await store.update_message(message.id, stanza_id="s-1")
    assert acked is not None
    assert (acked.state, acked.error, acked.stanza_id) == (
        DeliveryState.FAILED, "recipient-unavailable", "s-1"
    )  # fmt: skip
    retried = await store.update_message(
        message.id, state=DeliveryState.PENDING, error=""
    )
    assert retried is not None
    assert (retried.state, retried.error) == (DeliveryState.PENDING, "")
    assert await store.get_message(message.id) == retried
    assert (
        await store.update_message(LocalMessageId(404), state=DeliveryState.SENT)
        is None
    )


@pytest.mark.asyncio
async def test_update_message_keeps_stanza_ids_unique(store: SqliteStore) -> None:
    first, second = await add(
        store, outgoing("a", stanza_id="s-1"), outgoing("b", origin_id="o-2")
    )
    updated = await store.update_message(
        second.id, state=DeliveryState.SENT, stanza_id="s-1"
    )
    assert updated is not None
    assert updated.state is DeliveryState.SENT
    assert updated.stanza_id == ""
    again = await store.update_message(first.id, stanza_id="s-1")
    assert again is not None
    assert again.stanza_id == "s-1"


@pytest.mark.asyncio
async def test_a_corrected_body_is_searchable_and_the_old_one_is_not(
    store: SqliteStore,
) -> None:
    [message] = await add(store, incoming("teh typo", remote_id="r-1"))
    edited = T0 + timedelta(minutes=1)
    updated = await store.update_message(message.id, body="the fix", edited_at=edited)
    assert updated is not None
    assert (updated.body, updated.edited_at) == ("the fix", edited)
    assert await store.get_message(message.id) == updated
    assert await store.search_messages("teh") == []
    assert await store.search_messages("fix") == [updated]
    # A state change keeps body and edit time.
    read = await store.update_message(message.id, state=DeliveryState.READ)
    assert read is not None
    assert (read.body, read.edited_at) == ("the fix", edited)
    await store.database.run(check_search_index)


@pytest.mark.asyncio
async def test_find_message_by_origin_or_remote_id_of_the_bare_sender(
    store: SqliteStore,
) -> None:
    by_origin, by_remote, mine = await add(
        store,
        incoming("a", origin_id="o-1", remote_id="r-1"),
        incoming("b", remote_id="r-2"),
        outgoing("c", origin_id="o-3", remote_id="o-3"),
    )
    conversation = by_origin.conversation_id
    tablet = ALICE.with_resource("tablet")
    assert await store.find_message(conversation, tablet, "o-1") == by_origin
    assert await store.find_message(conversation, ALICE, "r-1") == by_origin
    assert await store.find_message(conversation, ALICE, "r-2") == by_remote
    assert await store.find_message(conversation, ME.bare, "o-3") == mine
    # Someone else's id, another conversation, nothing at all: not found.
    assert await store.find_message(conversation, ALICE, "o-3") is None
    assert await store.find_message(conversation, BOB, "o-1") is None
    assert await store.find_message(ConversationId(99), ALICE, "o-1") is None
    assert await store.find_message(conversation, ALICE, "") is None


@pytest.mark.asyncio
async def test_lookups_by_protocol_id_use_their_partial_index(
    store: SqliteStore,
) -> None:
    def plan(conn: sqlite3.Connection) -> str:
        found = conn.execute(
            "EXPLAIN QUERY PLAN " + sql_messages._FIND_BY_REMOTE_ID, (1, "a@b", "r")
        )
        return " ".join(str(row[-1]) for row in found)

    assert "messages_remote_id" in await store.database.run(plan)


@pytest.mark.asyncio
async def test_find_outgoing_by_origin_id(store: SqliteStore) -> None:
    mine, _ = await add(
        store, outgoing("mine", origin_id="o-1"), incoming("theirs", origin_id="o-2")
    )
    assert await store.find_outgoing(ACCOUNT, "o-1") == mine
    assert await store.find_outgoing(ACCOUNT, "o-2") is None
    assert await store.find_outgoing(OTHER_ACCOUNT, "o-1") is None
    assert await store.find_outgoing(ACCOUNT, "") is None


# ---------------------------------------------------------------- files, speed


@pytest.mark.asyncio
async def test_data_survives_reopening_a_file(tmp_path: Path) -> None:
    path = tmp_path / "profile.sqlite3"
    first = SqliteStore(path)
    await first.open()
    await first.save_account(account())
    [message] = await add(first, incoming("persisted"))
    await first.close()

    second = SqliteStore(path)
    await second.open()
    try:
        assert await second.load_accounts() == [account()]
        assert await second.load_messages(message.conversation_id) == [message]
        assert await second.search_messages("persist") == [message]
    finally:
        await second.close()


@pytest.mark.asyncio
async def test_a_large_batch_is_one_fast_transaction(store: SqliteStore) -> None:
    peers = [Address(f"peer{n}", "example.org") for n in range(20)]
    batch = [
        incoming(
            f"message number {n} with a few ordinary words",
            peer=peers[n % 20],
            sender=peers[n % 20],
            timestamp=T0 + timedelta(milliseconds=n),
            stanza_id=f"s-{n}",
            origin_id=f"o-{n}",
        )
        for n in range(10_000)
    ]
    started = time.perf_counter()
    result = await store.add_messages(batch)
    elapsed = time.perf_counter() - started
    assert None not in result.messages
    assert len(result.conversations) == 20
    assert all(c.unread_count == 500 for c in result.conversations)
    assert elapsed < 1.0, f"10,000 messages took {elapsed:.2f} s"
