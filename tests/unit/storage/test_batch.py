# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""add_messages decides a whole batch at once and indexes it with one statement.

The batch must come out exactly as if its messages had been added one by one
(duplicates, stanza ids filled in, conversations, counters, ids), and every
stored message must be in the search index, whatever the batch size.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
import pytest_asyncio

from messenger.core.model import Address
from messenger.core.model import ConversationKind
from messenger.core.model import Message
from messenger.core.model import NewMessage
from messenger.storage.store import SqliteStore
from tests.unit.storage.fts_check import check_search_index
from tests.unit.storage.test_store import ACCOUNT
from tests.unit.storage.test_store import ALICE
from tests.unit.storage.test_store import BOB
from tests.unit.storage.test_store import ME
from tests.unit.storage.test_store import OTHER_ACCOUNT
from tests.unit.storage.test_store import T0
from tests.unit.storage.test_store import account
from tests.unit.storage.test_store import incoming
from tests.unit.storage.test_store import outgoing


async def _open_store() -> SqliteStore:
    opened = SqliteStore(":memory:")
    await opened.open()
    await opened.save_account(account(ACCOUNT))
    await opened.save_account(account(OTHER_ACCOUNT))
    return opened


@pytest_asyncio.fixture
async def store() -> AsyncIterator[SqliteStore]:
    opened = await _open_store()
    yield opened
    await opened.close()


async def _check_index(store: SqliteStore) -> None:
    await store.database.run(check_search_index)


async def _table(store: SqliteStore, sql: str) -> list[tuple[object, ...]]:
    def fetch(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
        return conn.execute(sql).fetchall()

    return await store.database.run(fetch)


# ---------------------------------------------------------------- search


@pytest.mark.asyncio
async def test_every_message_of_a_batch_is_found_by_search(store: SqliteStore) -> None:
    words = ["alpha", "bravo", "charlie", "delta", "echo"]
    batch = [
        incoming(
            f"{word} number{n:03d}",
            peer=(ALICE, BOB)[n % 2],
            sender=(ALICE, BOB)[n % 2].with_resource("r"),
            timestamp=T0 + timedelta(seconds=n),
        )
        for n, word in enumerate(words * 20)
    ]
    result = await store.add_messages(batch)
    stored = [m for m in result.messages if m is not None]
    assert len(stored) == 100
    for message in stored:
        word, number = message.body.split()
        assert await store.search_messages(number) == [message]
        assert message in await store.search_messages(word, limit=100)
    with_alice = stored[0].conversation_id
    found = await store.search_messages("alpha", conversation_id=with_alice)
    assert len(found) == 10  # alpha is every 5th message, Alice every 2nd
    await _check_index(store)


@pytest.mark.asyncio
async def test_batches_after_duplicates_and_corrections_keep_the_index_exact(
    store: SqliteStore,
) -> None:
    [first] = (
        await store.add_messages([incoming("teh first", origin_id="o-1")])
    ).messages
    assert first is not None
    again = await store.add_messages(
        [incoming("teh first", origin_id="o-1"), incoming("second one")]
    )
    assert again.messages[0] is None
    await store.update_message(first.id, body="the first")
    [third] = (await store.add_messages([incoming("third teh")])).messages
    assert third is not None
    assert await store.search_messages("teh") == [third]
    assert [m.body for m in await store.search_messages("first")] == ["the first"]
    await _check_index(store)


# ---------------------------------------------------------------- duplicates


@pytest.mark.asyncio
async def test_an_origin_duplicate_in_the_batch_gives_its_stanza_id_to_the_first(
    store: SqliteStore,
) -> None:
    laptop, phone = ME, ME.with_resource("phone")
    result = await store.add_messages(
        [
            outgoing("sent", origin_id="o-1"),
            # The archive's copy of it (from another resource of ours).
            outgoing("sent", origin_id="o-1", stanza_id="s-9", sender=phone),
            # Anything else with that stanza id is a duplicate now.
            incoming("other", stanza_id="s-9", peer=BOB, sender=BOB),
            outgoing("sent", origin_id="o-1", stanza_id="s-10", sender=laptop),
        ]
    )
    sent, *duplicates = result.messages
    assert sent is not None
    assert duplicates == [None, None, None]
    stored = await store.get_message(sent.id)
    assert stored is not None
    assert stored.stanza_id == "s-9"
    # One conversation only: Bob's was never needed.
    assert [c.peer for c in await store.load_conversations()] == [ALICE]


@pytest.mark.asyncio
async def test_a_stored_first_copy_gets_the_stanza_id_once(store: SqliteStore) -> None:
    [sent] = (await store.add_messages([outgoing("sent", origin_id="o-1")])).messages
    assert sent is not None
    result = await store.add_messages(
        [
            outgoing("sent", origin_id="o-1", stanza_id="s-1"),
            outgoing("sent", origin_id="o-1", stanza_id="s-2"),
            incoming("new", stanza_id="s-2"),
        ]
    )
    assert result.messages[:2] == [None, None]
    assert result.messages[2] is not None
    stored = await store.get_message(sent.id)
    assert stored is not None
    assert stored.stanza_id == "s-1"


@pytest.mark.asyncio
async def test_more_ids_than_one_lookup_takes(store: SqliteStore) -> None:
    # 700 ids need two lookups (512 + 188, padded to 256).
    first = [
        incoming(f"m{n}", origin_id=f"o-{n}", stanza_id=f"s-{n}") for n in range(700)
    ]
    assert None not in (await store.add_messages(first)).messages
    by_origin = [incoming(f"m{n}", origin_id=f"o-{n}") for n in range(700)]
    by_stanza = [incoming(f"m{n}", stanza_id=f"s-{n}", peer=BOB) for n in range(700)]
    result = await store.add_messages([*by_origin, *by_stanza, incoming("new")])
    assert result.messages[:1400] == [None] * 1400
    assert result.messages[1400] is not None


def _random_batch(rng: random.Random, size: int) -> list[NewMessage]:
    """Messages whose ids collide a lot: few peers, senders, ids and accounts."""
    group = Address("room", "muc.example.org")
    messages = []
    for n in range(size):
        peer = rng.choice([ALICE, BOB, group])
        kind = ConversationKind.GROUP if peer == group else ConversationKind.DIRECT
        sender = rng.choice(
            [ALICE, BOB] if peer == group else [peer, ME]
        ).with_resource(rng.choice(["a", "b"]))
        maker = outgoing if sender.bare == ME.bare else incoming
        messages.append(
            maker(
                f"body {n} {rng.choice(['lorem', 'ipsum', 'dolor'])}",
                account_id=rng.choice([ACCOUNT, ACCOUNT, OTHER_ACCOUNT]),
                peer=peer,
                sender=sender,
                conversation_kind=kind,
                timestamp=T0 + timedelta(seconds=rng.randint(0, 100)),
                origin_id=rng.choice(["", "", "o-1", "o-2", "o-3", "o-4"]),
                stanza_id=rng.choice(["", "", "", "s-1", "s-2", "s-3", "s-4"]),
            )
        )
    return messages


@pytest.mark.asyncio
@pytest.mark.parametrize("seed", range(8))
async def test_a_batch_stores_what_one_by_one_adds_store(seed: int) -> None:
    rng = random.Random(seed)
    earlier, batch = _random_batch(rng, 30), _random_batch(rng, 120)
    together, one_by_one = await _open_store(), await _open_store()
    try:
        results: list[list[Message | None]] = [[], []]
        for target, sizes in ((together, [len(batch)]), (one_by_one, [1] * len(batch))):
            await target.add_messages(earlier[:15])
            await target.add_messages(earlier[15:])
            out = results[target is one_by_one]
            start = 0
            for size in sizes:
                out += (await target.add_messages(batch[start : start + size])).messages
                start += size
        assert results[0] == results[1]
        assert None in results[0]
        assert any(m is not None for m in results[0])
        for sql in (
            "SELECT * FROM messages ORDER BY id",
            "SELECT * FROM conversations ORDER BY id",
        ):
            assert await _table(together, sql) == await _table(one_by_one, sql)
        await _check_index(together)
    finally:
        await together.close()
        await one_by_one.close()


# ---------------------------------------------------------------- ids


@pytest.mark.asyncio
async def test_ids_sqlite_would_not_give_in_order_store_nothing(
    store: SqliteStore,
) -> None:
    [kept] = (await store.add_messages([incoming("kept")])).messages
    assert kept is not None
    # With the largest id taken, SQLite picks new ids at random: the batch's
    # ids would not be the ones add_messages reports.
    await store.database.transaction(
        lambda conn: conn.execute(
            "UPDATE messages SET id = ? WHERE id = ?", (2**63 - 1, kept.id)
        )
    )
    with pytest.raises(RuntimeError, match="not consecutive"):
        await store.add_messages([incoming("one"), incoming("two")])
    assert await _table(store, "SELECT body FROM messages") == [("kept",)]
    [conversation] = await store.load_conversations()
    assert conversation.unread_count == 1
