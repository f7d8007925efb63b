# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""One SQLite connection, owned by one worker thread, driven from asyncio.

Contract:

- :meth:`Database.open` creates the worker thread, opens the connection in it
  and brings the schema to the newest version (``user_version`` migrations from
  :mod:`messenger.storage.schema`, each in its own transaction). A database
  written by a newer version is refused with :class:`SchemaTooNewError` and left
  untouched.
- :meth:`Database.run` runs ``fn(connection)`` on the worker thread and awaits
  the result; the event loop never waits for SQLite. Calls run one at a time in
  submission order. Cancelling the awaiting task does not stop ``fn``: it runs
  to its end (its transaction commits or rolls back as a whole).
- The connection is in autocommit mode: a single statement is its own
  transaction; :meth:`Database.transaction` groups statements in
  ``BEGIN IMMEDIATE`` ... ``COMMIT`` and rolls back if ``fn`` raises.
- :meth:`Database.close` optimises, checkpoints the WAL into the main file and
  stops the thread. Closing twice is harmless.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sqlite3
from collections.abc import Callable
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from messenger.storage import schema

log = logging.getLogger(__name__)

T = TypeVar("T")

MEMORY = ":memory:"
# How long a statement waits for another connection's lock before it fails
# with "database is locked" (a second process, a backup tool).
BUSY_TIMEOUT_MS = 5000


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer version of messenger."""

    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            f"{path} has schema version {found}, this version of messenger "
            f"understands up to {supported}; use a newer messenger or another profile"
        )
        self.found = found
        self.supported = supported


class DatabaseClosedError(RuntimeError):
    """The database is not open (never opened, or already closed)."""


def run_in_transaction(
    conn: sqlite3.Connection, fn: Callable[[sqlite3.Connection], T]
) -> T:
    """Run ``fn(conn)`` in ``BEGIN IMMEDIATE``/``COMMIT``; roll back if it raises.

    IMMEDIATE takes the write lock up front, so a transaction never fails
    half-way because another writer got there first.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = fn(conn)
        conn.execute("COMMIT")
    except BaseException:
        # SQLite may already have rolled back (a failed COMMIT, SQLITE_FULL).
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return result


class Database:
    """The profile database: a path (or ``":memory:"``) and its worker thread."""

    def __init__(
        self,
        path: Path | str,
        *,
        migrations: Sequence[schema.Migration] = schema.MIGRATIONS,
    ) -> None:
        self._path = str(path)
        self._migrations = tuple(migrations)
        self._executor: ThreadPoolExecutor | None = None
        # Created, used and closed only on the worker thread.
        self._conn: sqlite3.Connection | None = None

    @property
    def path(self) -> str:
        return self._path

    @property
    def in_memory(self) -> bool:
        return self._path == MEMORY

    async def open(self) -> None:
        """Open the connection on a new worker thread and migrate the schema."""
        if self._executor is not None:
            raise RuntimeError("the database is already open")
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="messenger-db")
        try:
            await asyncio.get_running_loop().run_in_executor(executor, self._open)
        except BaseException:
            # If we were cancelled, _open may still finish: close after it.
            executor.submit(self._close)
            executor.shutdown(wait=False)
            raise
        self._executor = executor

    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(connection)`` on the database thread and return its result."""
        if self._executor is None:
            raise DatabaseClosedError(self._path)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._call, fn)

    async def transaction(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Like :meth:`run`, with ``fn`` inside one write transaction."""
        return await self.run(lambda conn: run_in_transaction(conn, fn))

    async def close(self) -> None:
        """Optimise, checkpoint and close; calls already submitted finish first."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        try:
            await asyncio.get_running_loop().run_in_executor(executor, self._close)
        finally:
            # The worker is idle now (or busy with a cancelled close, which it
            # finishes on its own); it exits without us waiting on the loop.
            executor.shutdown(wait=False)

    # ------------------------------------------------------ worker thread only

    def _call(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        if self._conn is None:
            raise DatabaseClosedError(self._path)
        return fn(self._conn)

    def _open(self) -> None:
        # isolation_level=None: no implicit BEGIN, we say where transactions go.
        conn = sqlite3.connect(self._path, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            self._check_version(conn)
            self._configure(conn)
            self._migrate(conn)
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        log.debug("Opened %s", self._path)

    def _check_version(self, conn: sqlite3.Connection) -> None:
        found = _user_version(conn)
        if found > len(self._migrations):
            raise SchemaTooNewError(self._path, found, len(self._migrations))

    def _configure(self, conn: sqlite3.Connection) -> None:
        if not self.in_memory:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                log.warning("%s: SQLite refused WAL mode, using %s", self._path, mode)
        # WAL with synchronous=NORMAL: COMMIT writes the transaction to the WAL
        # file without an fsync. A crashed or killed process loses nothing that
        # was committed (the OS has the written pages); only a power loss or OS
        # crash can lose the last transactions, and never corrupts the file.
        conn.execute("PRAGMA synchronous = NORMAL")
        # Off by default in SQLite, and a no-op inside a transaction.
        conn.execute("PRAGMA foreign_keys = ON")

    def _migrate(self, conn: sqlite3.Connection) -> None:
        start = _user_version(conn)
        for version in range(start + 1, len(self._migrations) + 1):
            step = self._migrations[version - 1]
            run_in_transaction(
                conn, functools.partial(_apply, version=version, step=step)
            )

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.execute("PRAGMA optimize")
            if not self.in_memory:
                # Fold the WAL back into the database file and empty it, so the
                # profile is one self-contained file while we are not running.
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            log.warning(
                "%s: optimise/checkpoint on close failed", self._path, exc_info=True
            )
        finally:
            conn.close()
        log.debug("Closed %s", self._path)


def _user_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def _apply(conn: sqlite3.Connection, version: int, step: schema.Migration) -> None:
    # Re-read inside the write lock: another process may have migrated meanwhile.
    if _user_version(conn) >= version:
        return
    log.info("Migrating the database schema to version %d", version)
    if isinstance(step, str):
        raise TypeError("a migration is a list of statements, not one string")
    if callable(step):
        step(conn)
    else:
        for statement in step:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version:d}")
