# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""New messages enter the search index in chunks; a search never misses one.

Rows above ``search_state.indexed_up_to`` are pending (schema.py, version 3).
Whatever happens to them before their chunk is indexed (found, edited,
deleted, their ids handed out again), searches give what they would give if
every row were indexed at once, and FTS5's own check finds the index equal to
the messages table.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from messenger.core.model import Message
from messenger.storage.search import INDEX_CHUNK
from messenger.storage.store import SqliteStore
from tests.unit.storage.fts_check import check_search_index
from tests.unit.storage.test_store import ACCOUNT
from tests.unit.storage.test_store import account
from tests.unit.storage.test_store import incoming


@pytest_asyncio.fixture
async def store() -> AsyncIterator[SqliteStore]:
    opened = SqliteStore(":memory:")
    await opened.open()
    await opened.save_account(account(ACCOUNT))
    yield opened
    await opened.close()


async def _indexed_up_to(store: SqliteStore) -> int:
    def read(conn: sqlite3.Connection) -> int:
        value: int = conn.execute("SELECT indexed_up_to FROM search_state").fetchone()[
            0
        ]
        return value

    return await store.database.run(read)


async def _add(store: SqliteStore, *bodies: str) -> list[Message]:
    stored = (await store.add_messages([incoming(b) for b in bodies])).messages
    assert all(m is not None for m in stored)
    return [m for m in stored if m is not None]


@pytest.mark.asyncio
async def test_batches_wait_for_a_whole_chunk(store: SqliteStore) -> None:
    await _add(store, *(f"early {n}" for n in range(INDEX_CHUNK - 1)))
    assert await _indexed_up_to(store) == 0  # all pending
    last = (await _add(store, "the chunk is full"))[-1]
    assert await _indexed_up_to(store) == last.id
    await store.database.run(check_search_index)


@pytest.mark.asyncio
async def test_a_search_finds_messages_not_indexed_yet(store: SqliteStore) -> None:
    [message] = await _add(store, "hello pending world")
    assert await _indexed_up_to(store) < message.id
    assert await store.search_messages("pending") == [message]
    assert await _indexed_up_to(store) == message.id  # the search indexed it
    await store.database.run(check_search_index)


@pytest.mark.asyncio
async def test_a_pending_message_edited_is_found_by_its_new_text(
    store: SqliteStore,
) -> None:
    [message] = await _add(store, "see you at teh station")
    edited = await store.update_message(message.id, body="see you at the station")
    assert edited is not None
    assert await store.search_messages("teh") == []
    assert await store.search_messages("station") == [edited]
    # Edited again once indexed: the trigger replaces the indexed text.
    again = await store.update_message(message.id, body="see you at the airport")
    assert await store.search_messages("station") == []
    assert await store.search_messages("airport") == [again]
    await store.database.run(check_search_index)


@pytest.mark.asyncio
async def test_deleted_pending_messages_leave_no_trace(store: SqliteStore) -> None:
    indexed = await _add(store, *(f"indexed {n}" for n in range(INDEX_CHUNK)))
    assert await _indexed_up_to(store) == indexed[-1].id
    await _add(store, "pending one", "pending two")
    await store.delete_account(ACCOUNT, delete_history=True)
    await store.database.run(check_search_index)
    assert await store.search_messages("indexed") == []
    assert await store.search_messages("pending") == []


@pytest.mark.asyncio
async def test_ids_handed_out_again_are_indexed_at_once(store: SqliteStore) -> None:
    # The newest messages are deleted, so SQLite reuses their ids for the next
    # ones: ids at or below the mark that the index does not hold.
    gone = await _add(store, *(f"old text {n}" for n in range(INDEX_CHUNK)))
    await store.delete_account(ACCOUNT, delete_history=True)
    await store.save_account(account(ACCOUNT))
    [reused] = await _add(store, "brand new words")
    assert reused.id <= gone[-1].id <= await _indexed_up_to(store)
    await store.database.run(check_search_index)
    assert await store.search_messages("brand") == [reused]
    assert await store.search_messages("old") == []
    # And an edit of it reaches the index (the trigger sees it below the mark).
    edited = await store.update_message(reused.id, body="brand newer words")
    assert await store.search_messages("newer") == [edited]
    await store.database.run(check_search_index)
