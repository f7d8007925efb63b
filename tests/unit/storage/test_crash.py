# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Crash safety: what add_messages reported as committed survives a SIGKILL.

A child process writes batches of messages in a loop and prints the id and body
of each message once ``add_messages`` has returned. The test kills it without
warning while it writes, reopens the file and checks that the database and its
search index are intact, that every reported message is there exactly once,
and that no batch was half written. Three rounds on the same file, killed at
different points.
"""

from __future__ import annotations

import queue
import re
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.unit.storage.fts_check import check_search_index

_CHILD = """
import asyncio
import sys
from datetime import UTC, datetime, timedelta

from messenger.core.model import (
    Account, AccountId, Address, DeliveryState, Direction, NewMessage, ProtocolKind,
)
from messenger.storage.store import SqliteStore

ACCOUNT = AccountId("crash")
PEER = Address("peer", "example.org")


def batch(round_no: int, number: int) -> list[NewMessage]:
    size = 1 + number % 40
    start = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(seconds=number)
    return [
        NewMessage(
            account_id=ACCOUNT,
            peer=PEER,
            direction=Direction.INCOMING,
            sender=PEER.with_resource("r"),
            body=f"r{round_no}b{number}m{i}of{size} token{round_no}x{number}x{i} "
            + "filler text " * (number % 13),
            timestamp=start + timedelta(milliseconds=i),
            state=DeliveryState.RECEIVED,
            stanza_id=f"{round_no}-{number}-{i}",
        )
        for i in range(size)
    ]


async def main(path: str, round_no: int) -> None:
    store = SqliteStore(path)
    await store.open()
    await store.save_account(
        Account(id=ACCOUNT, protocol=ProtocolKind.XMPP, address="me@example.org")
    )
    number = 0
    while True:
        result = await store.add_messages(batch(round_no, number))
        lines = [f"{m.id} {m.body}" for m in result.messages if m is not None]
        sys.stdout.write("\\n".join(lines) + "\\n")
        sys.stdout.flush()
        number += 1


asyncio.run(main(sys.argv[1], int(sys.argv[2])))
"""

_BODY = re.compile(r"r(\d+)b(\d+)m(\d+)of(\d+) token(\S+)")
_DEADLINE = 60.0


def _read_lines(stream: object, lines: queue.Queue[str | None]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        lines.put(line)
    lines.put(None)


def _run_and_kill(
    path: Path, round_no: int, kill_after: int, delay: float
) -> dict[int, str]:
    """Run the writer until ``kill_after`` messages are committed, then kill it.

    The kill comes ``delay`` seconds later, so it lands somewhere in a write.
    """
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(path), str(round_no)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_read_lines, args=(child.stdout, lines))
    reader.start()
    committed: dict[int, str] = {}
    try:
        deadline = time.monotonic() + _DEADLINE
        while len(committed) < kill_after:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            assert line is not None, f"writer died early: {child.communicate()[1]}"
            _record(committed, line)
        time.sleep(delay)
    finally:
        # SIGKILL on POSIX (TerminateProcess on Windows): no cleanup, no close().
        child.kill()
        child.wait(timeout=30)
    reader.join(timeout=30)
    # Lines printed before the kill are committed too; a cut-off line is not.
    while (line := lines.get_nowait()) is not None:
        _record(committed, line)
    assert child.stdout is not None
    assert child.stderr is not None
    child.stdout.close()
    child.stderr.close()
    return committed


def _record(committed: dict[int, str], line: str) -> None:
    if line.endswith("\n"):
        message_id, body = line.rstrip("\n").split(" ", 1)
        committed[int(message_id)] = body


def _verify(path: Path, committed: dict[int, str]) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        check_search_index(conn)
        stored = dict(conn.execute("SELECT id, body FROM messages").fetchall())
        for message_id, body in committed.items():
            assert stored.get(message_id) == body, f"message {message_id} lost"
            token = _BODY.match(body)
            assert token is not None
            found = conn.execute(
                "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?",
                (f'"token{token.group(5)}"',),
            ).fetchall()
            assert found == [(message_id,)]
        _check_whole_batches(stored.values())
        _check_conversation(conn, len(stored))
    finally:
        conn.close()


def _check_whole_batches(bodies: object) -> None:
    batches: dict[tuple[str, str], set[int]] = {}
    sizes: dict[tuple[str, str], int] = {}
    for body in bodies:  # type: ignore[attr-defined]
        match = _BODY.match(body)
        assert match is not None
        key = (match.group(1), match.group(2))
        assert int(match.group(3)) not in batches.setdefault(key, set())
        batches[key].add(int(match.group(3)))
        sizes[key] = int(match.group(4))
    for key, members in batches.items():
        assert len(members) == sizes[key], f"batch {key} was half written"


def _check_conversation(conn: sqlite3.Connection, stored: int) -> None:
    # The counters were committed in the same transaction as the messages.
    unread, last_id = conn.execute(
        "SELECT unread_count, last_message_id FROM conversations"
    ).fetchone()
    assert unread == stored
    newest = conn.execute(
        "SELECT id FROM messages ORDER BY ts DESC, id DESC LIMIT 1"
    ).fetchone()[0]
    assert last_id == newest


def test_committed_messages_survive_a_killed_writer(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    committed: dict[int, str] = {}
    rounds = [(300, 0.004), (700, 0.013), (450, 0.021), (500, 0.0)]
    for round_no, (kill_after, delay) in enumerate(rounds):
        reported = _run_and_kill(path, round_no, kill_after, delay)
        assert len(reported) >= kill_after
        assert not reported.keys() & committed.keys(), "an id was reused"
        committed.update(reported)
        _verify(path, committed)
