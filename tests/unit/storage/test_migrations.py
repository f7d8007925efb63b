# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Profiles written by earlier schema versions keep working after migrating."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from messenger.core.model import LocalMessageId
from messenger.storage import schema
from messenger.storage.database import Database
from messenger.storage.store import SqliteStore
from tests.unit.storage.fts_check import check_search_index
from tests.unit.storage.test_store import ACCOUNT
from tests.unit.storage.test_store import incoming


def _write_as_version_1(conn: sqlite3.Connection) -> None:
    """Rows as version 1 stored them; its insert trigger indexed each one."""
    conn.execute(
        "INSERT INTO accounts (id, protocol, address) VALUES (?, 'xmpp', 'me@x.org')",
        (ACCOUNT,),
    )
    conn.execute(
        "INSERT INTO conversations (id, account_id, peer, kind)"
        " VALUES (7, ?, 'alice@example.org', 'direct')",
        (ACCOUNT,),
    )
    conn.executemany(
        "INSERT INTO messages (id, conversation_id, account_id, direction, sender,"
        " sender_bare, ts, state, body)"
        " VALUES (?, 7, ?, 'in', 'alice@example.org/phone', 'alice@example.org',"
        " 1714564800000, 'received', ?)",
        [(1, ACCOUNT, "archived teh typo"), (2, ACCOUNT, "archived second")],
    )


def _user_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def _triggers(conn: sqlite3.Connection) -> set[str]:
    found = conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'")
    return {name for (name,) in found}


@pytest.mark.asyncio
async def test_a_version_1_profile_keeps_its_search_index(tmp_path: Path) -> None:
    path = tmp_path / "profile.sqlite3"
    old = Database(path, migrations=schema.MIGRATIONS[:1])
    await old.open()
    await old.transaction(_write_as_version_1)
    assert "messages_fts_insert" in await old.run(_triggers)
    await old.close()

    store = SqliteStore(path)
    await store.open()
    try:
        db = store.database
        assert await db.run(_user_version) == schema.SCHEMA_VERSION
        assert await db.run(_triggers) == {"messages_fts_delete", "messages_fts_update"}
        assert [m.id for m in await store.search_messages("archived")] == [2, 1]
        [new] = (await store.add_messages([incoming("archived later")])).messages
        assert new is not None
        assert new.conversation_id == 7
        assert [m.id for m in await store.search_messages("archiv")] == [new.id, 2, 1]
        await store.update_message(LocalMessageId(1), body="archived the fix")
        assert await store.search_messages("teh") == []
        assert [m.id for m in await store.search_messages("fix")] == [1]
        await db.run(check_search_index)
        await store.delete_account(ACCOUNT, delete_history=True)
        assert await store.search_messages("archived") == []
        await db.run(check_search_index)
    finally:
        await store.close()
