# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Database: the worker thread, pragmas, migrations, transactions, closing."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import AsyncIterator
from collections.abc import Callable
from pathlib import Path

import pytest
import pytest_asyncio

from messenger.storage import schema
from messenger.storage.database import Database
from messenger.storage.database import DatabaseClosedError
from messenger.storage.database import SchemaTooNewError


@pytest_asyncio.fixture
async def memory_db() -> AsyncIterator[Database]:
    db = Database(":memory:")
    await db.open()
    yield db
    await db.close()


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
    return {name for (name,) in rows}


def _pragma(name: str) -> Callable[[sqlite3.Connection], object]:
    def read(conn: sqlite3.Connection) -> object:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]

    return read


def _user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    return version


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else -1


# ---------------------------------------------------------------- migrations


@pytest.mark.asyncio
async def test_an_empty_profile_is_migrated_to_the_latest_schema(
    tmp_path: Path,
) -> None:
    path = tmp_path / "new.sqlite3"
    db = Database(path)
    await db.open()
    try:
        assert await db.run(_pragma("user_version")) == schema.SCHEMA_VERSION
        tables = await db.run(_tables)
        expected = {"accounts", "account_state", "settings", "contacts"}
        assert expected | {"conversations", "messages", "messages_fts"} <= tables
    finally:
        await db.close()
    assert _user_version(path) == schema.SCHEMA_VERSION


@pytest.mark.asyncio
async def test_reopening_a_current_database_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    calls: list[int] = []

    def second(conn: sqlite3.Connection) -> None:
        calls.append(1)
        conn.execute("INSERT INTO t (x) VALUES ('from migration 2')")

    steps: list[schema.Migration] = [["CREATE TABLE t (x TEXT)"], second]
    for _ in range(2):
        db = Database(path, migrations=steps)
        await db.open()
        rows = await db.run(lambda conn: conn.execute("SELECT x FROM t").fetchall())
        await db.close()
        assert rows == [("from migration 2",)]
    assert calls == [1]
    assert _user_version(path) == 2


@pytest.mark.asyncio
async def test_a_new_migration_is_applied_on_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    first: list[schema.Migration] = [["CREATE TABLE t (x TEXT)"]]
    db = Database(path, migrations=first)
    await db.open()
    await db.run(lambda conn: conn.execute("INSERT INTO t VALUES ('kept')"))
    await db.close()

    later = [*first, ["ALTER TABLE t ADD COLUMN y INTEGER NOT NULL DEFAULT 7"]]
    db = Database(path, migrations=later)
    await db.open()
    rows = await db.run(lambda conn: conn.execute("SELECT x, y FROM t").fetchall())
    await db.close()
    assert rows == [("kept", 7)]
    assert _user_version(path) == 2


@pytest.mark.asyncio
async def test_a_failing_migration_leaves_the_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("migration bug")

    db = Database(path, migrations=[["CREATE TABLE t (x)"], broken])
    with pytest.raises(RuntimeError, match="migration bug"):
        await db.open()
    assert _user_version(path) == 1
    with sqlite3.connect(path) as conn:
        assert _tables(conn) == {"t"}
    conn.close()
    # The database was not left open.
    with pytest.raises(DatabaseClosedError):
        await db.run(_pragma("user_version"))


@pytest.mark.asyncio
async def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    db = Database(path)
    with pytest.raises(SchemaTooNewError, match="schema version 99") as caught:
        await db.open()
    assert caught.value.found == 99
    assert caught.value.supported == schema.SCHEMA_VERSION
    assert _user_version(path) == 99
    with sqlite3.connect(path) as conn:
        assert _tables(conn) == set()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


@pytest.mark.asyncio
async def test_a_migration_must_not_be_a_bare_string() -> None:
    db = Database(":memory:", migrations=["CREATE TABLE t (x)"])
    with pytest.raises(TypeError, match="not one string"):
        await db.open()


# ---------------------------------------------------------------- pragmas


@pytest.mark.asyncio
async def test_files_use_wal_and_the_documented_pragmas(tmp_path: Path) -> None:
    db = Database(tmp_path / "db.sqlite3")
    await db.open()
    try:
        assert await db.run(_pragma("journal_mode")) == "wal"
        assert await db.run(_pragma("foreign_keys")) == 1
        assert await db.run(_pragma("synchronous")) == 1  # NORMAL
        assert await db.run(_pragma("busy_timeout")) == 5000
    finally:
        await db.close()


@pytest.mark.asyncio
async def test_memory_databases_work_without_wal(memory_db: Database) -> None:
    assert memory_db.in_memory
    assert await memory_db.run(_pragma("journal_mode")) == "memory"
    assert await memory_db.run(_pragma("foreign_keys")) == 1
    assert await memory_db.run(_pragma("user_version")) == schema.SCHEMA_VERSION


# ---------------------------------------------------------------- the thread


@pytest.mark.asyncio
async def test_run_does_not_block_the_event_loop(memory_db: Database) -> None:
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    def slow(conn: sqlite3.Connection) -> str:
        time.sleep(0.3)
        return "done"

    task = asyncio.create_task(ticker())
    try:
        started = time.perf_counter()
        assert await memory_db.run(slow) == "done"
        assert time.perf_counter() - started >= 0.3
    finally:
        task.cancel()
    # A blocked loop would not have ticked at all while slow() slept.
    assert ticks >= 10


@pytest.mark.asyncio
async def test_every_call_runs_on_one_worker_thread_in_order(
    memory_db: Database,
) -> None:
    threads: list[int] = []
    order: list[int] = []

    def record(n: int) -> Callable[[sqlite3.Connection], None]:
        def call(conn: sqlite3.Connection) -> None:
            threads.append(threading.get_ident())
            order.append(n)

        return call

    await asyncio.gather(*(memory_db.run(record(n)) for n in range(20)))
    assert order == list(range(20))
    assert len(set(threads)) == 1
    assert threads[0] != threading.get_ident()


# ---------------------------------------------------------------- transactions


@pytest.mark.asyncio
async def test_transaction_commits_or_rolls_back_as_a_whole(
    memory_db: Database,
) -> None:
    await memory_db.run(lambda conn: conn.execute("CREATE TABLE t (x INTEGER)"))

    def insert_two(conn: sqlite3.Connection) -> int:
        conn.execute("INSERT INTO t VALUES (1)")
        conn.execute("INSERT INTO t VALUES (2)")
        return 2

    def insert_then_fail(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO t VALUES (3)")
        raise ValueError("boom")

    def rows(conn: sqlite3.Connection) -> list[int]:
        return [x for (x,) in conn.execute("SELECT x FROM t ORDER BY x")]

    assert await memory_db.transaction(insert_two) == 2
    with pytest.raises(ValueError, match="boom"):
        await memory_db.transaction(insert_then_fail)
    assert await memory_db.run(rows) == [1, 2]
    assert await memory_db.run(lambda conn: conn.in_transaction) is False


@pytest.mark.asyncio
async def test_transaction_rolls_back_on_a_constraint_error(
    memory_db: Database,
) -> None:
    await memory_db.run(lambda conn: conn.execute("CREATE TABLE t (x UNIQUE)"))

    def duplicate(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO t VALUES (1)")
        conn.execute("INSERT INTO t VALUES (1)")

    with pytest.raises(sqlite3.IntegrityError):
        await memory_db.transaction(duplicate)
    count = await memory_db.run(
        lambda conn: conn.execute("SELECT count(*) FROM t").fetchone()[0]
    )
    assert count == 0


# ---------------------------------------------------------------- closing


@pytest.mark.asyncio
async def test_close_checkpoints_the_wal_and_stops(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db = Database(path)
    await db.open()
    await db.run(lambda conn: conn.execute("INSERT INTO settings VALUES ('k', '1')"))
    wal = Path(f"{path}-wal")
    assert _size(wal) > 0
    await db.close()
    assert _size(wal) <= 0  # truncated, or removed
    await db.close()  # harmless
    with pytest.raises(DatabaseClosedError):
        await db.run(_pragma("user_version"))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT value FROM settings").fetchall() == [("1",)]
    conn.close()


@pytest.mark.asyncio
async def test_calls_submitted_before_close_still_run(tmp_path: Path) -> None:
    db = Database(tmp_path / "db.sqlite3")
    await db.open()

    def slow_write(conn: sqlite3.Connection) -> None:
        time.sleep(0.05)
        conn.execute("INSERT INTO settings VALUES ('late', '1')")

    pending = asyncio.ensure_future(db.run(slow_write))
    await asyncio.sleep(0)  # let it reach the worker queue
    await db.close()
    await pending
    db = Database(tmp_path / "db.sqlite3")
    await db.open()
    try:
        rows = await db.run(
            lambda conn: conn.execute("SELECT key FROM settings").fetchall()
        )
        assert rows == [("late",)]
    finally:
        await db.close()


@pytest.mark.asyncio
async def test_open_twice_is_an_error(memory_db: Database) -> None:
    with pytest.raises(RuntimeError, match="already open"):
        await memory_db.open()
