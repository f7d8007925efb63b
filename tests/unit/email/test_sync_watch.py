# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The chat-folder watcher (``watch.py``) with ``MailSync``, on the scripted double.

``FakeImapAccount`` (test_sync.py) tells a session only about the folder it
has selected, as a real server does: a mail another device puts into the chat
folder reaches an INBOX IDLE never, the watcher's IDLE at once. Here: the
watcher's reconnects, a server refusing the second connection or the folder
(the sync then looks every ``status_interval``), closing, no busy loops, no
UID twice. (Against the real Dovecot: tests/integration/email.)
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace

import pytest

from messenger.core.model import ConnectionState
from messenger.core.model import ErrorCode
from messenger.protocols.email.errors import TransportError
from messenger.protocols.email.imapclient import pushes
from messenger.protocols.email.sync import MailSync
from tests.unit.email.test_sync import QUICK
from tests.unit.email.test_sync import WAIT
from tests.unit.email.test_sync import FakeConnection
from tests.unit.email.test_sync import FakeImapAccount
from tests.unit.email.test_sync import Folder
from tests.unit.email.test_sync import Recorder
from tests.unit.email.test_sync import mail
from tests.unit.email.test_sync import make_sync

CHAT = "DeltaChat"
# INBOX IDLE and the STATUS checks slow: only the watcher can be quick.
SLOW = replace(QUICK, idle_interval=30.0, status_interval=30.0)


def account_with_chat_folder() -> FakeImapAccount:
    account = FakeImapAccount()
    account.folders[CHAT] = Folder(uidvalidity=500)
    return account


async def until(condition: Callable[[], bool], seconds: float = WAIT) -> None:
    """Poll for a condition no recorder event announces."""
    async with asyncio.timeout(seconds):
        while not condition():  # noqa: ASYNC110 (states, no events)
            await asyncio.sleep(0.005)


def watcher_conn(account: FakeImapAccount) -> FakeConnection | None:
    found = [c for c in account.open_connections() if c.readonly]
    assert len(found) <= 1
    return found[0] if found else None


def main_conn(account: FakeImapAccount) -> FakeConnection:
    (conn,) = [c for c in account.open_connections() if not c.readonly]
    return conn


async def started(
    account: FakeImapAccount,
    recorder: Recorder,
    *,
    status_interval: float = SLOW.status_interval,
    max_backoff: float = SLOW.max_backoff,
) -> MailSync:
    options = replace(SLOW, status_interval=status_interval, max_backoff=max_backoff)
    sync = make_sync(account, recorder, options=options)
    sync.start()
    await recorder.until(
        lambda: recorder.state_names()[-1:] == [ConnectionState.ONLINE]
    )
    return sync


async def quiet(account: FakeImapAccount, seconds: float = 0.2) -> list[str]:
    """The commands sent during ``seconds`` of nothing happening."""
    before = len(account.commands)
    await asyncio.sleep(seconds)
    return account.commands[before:]


# ----------------------------------------------------------------- pure parts


@pytest.mark.parametrize(
    ("line", "change"),
    [
        (b"4 EXISTS", True),
        (b"3 EXPUNGE", True),
        (b"2 FETCH (UID 9 MODSEQ (12) FLAGS (\\Seen))", True),
        (b"VANISHED 5:7", True),
        (b"OK [HIGHESTMODSEQ 42] Highest", True),
        (b"OK Still here", False),
        (b"OK [ALERT] [HIGHESTMODSEQ 1]", False),
        (b"", False),
    ],
)
def test_what_counts_as_a_change_during_idle(line: bytes, change: bool) -> None:
    assert pushes([line]) is change


# ----------------------------------------------------------------- watching


@pytest.mark.asyncio
async def test_a_mail_another_device_files_in_the_chat_folder_comes_at_once() -> None:
    account = account_with_chat_folder()
    recorder = Recorder()
    sync = await started(account, recorder)
    await until(lambda: sync.watching)
    await asyncio.sleep(0.02)  # every side in IDLE

    loop = asyncio.get_running_loop()
    begun = loop.time()
    uid = account.add(mail("moved here by the phone"), CHAT)  # INBOX hears nothing
    await recorder.until(lambda: len(recorder.mails) == 1)
    seconds = loop.time() - begun
    connections = len(account.open_connections())
    watcher = watcher_conn(account)
    await sync.close()

    assert recorder.mails == [(CHAT, uid, "moved here by the phone")]
    assert seconds < 1.0  # the INBOX IDLE and the STATUS checks last 30 s
    assert connections == 2
    assert watcher is not None
    assert watcher.selected == CHAT
    assert f"EXAMINE {CHAT}" in account.commands


@pytest.mark.asyncio
async def test_a_flag_set_on_another_device_is_reported_at_once() -> None:
    account = account_with_chat_folder()
    uid = account.add(mail("read elsewhere"), CHAT)
    recorder = Recorder()
    sync = await started(account, recorder)
    await recorder.until(lambda: len(recorder.mails) == 1)
    await until(lambda: sync.watching)
    await asyncio.sleep(0.02)

    other = await account.connect()  # another device
    await other.select(CHAT)
    await other.store([uid], ["\\Seen"])
    await recorder.until(lambda: (CHAT, uid, frozenset({"\\Seen"})) in recorder.flags)
    await sync.close()


@pytest.mark.asyncio
async def test_the_watcher_reconnects_and_looks_at_what_came_meanwhile() -> None:
    account = account_with_chat_folder()
    recorder = Recorder()
    sync = await started(account, recorder)
    await until(lambda: sync.watching)
    first = watcher_conn(account)
    assert first is not None

    # Its connection drops; the next attempt fails too; mail comes in the gap.
    account.connect_errors = [TransportError(ErrorCode.HOST_UNREACHABLE, "refused")]
    first.abort()
    await until(lambda: not sync.watching)
    account.add(mail("in the gap"), CHAT)
    await recorder.until(lambda: len(recorder.mails) == 1)
    await until(lambda: sync.watching)
    account.add(mail("after"), CHAT)
    await recorder.until(lambda: len(recorder.mails) == 2)
    second = watcher_conn(account)
    await sync.close()

    assert recorder.texts() == ["in the gap", "after"]
    assert second is not None
    assert second is not first
    # The main connection never noticed: one session, still the first one.
    assert recorder.state_names() == [
        ConnectionState.CONNECTING,
        ConnectionState.ONLINE,
        ConnectionState.OFFLINE,
    ]
    assert account.commands.count("CONNECT") == 4  # main, watcher, failed, again


@pytest.mark.asyncio
async def test_a_refused_second_connection_falls_back_to_status_checks() -> None:
    account = account_with_chat_folder()
    account.max_connections = 1  # a provider that limits connections per user
    recorder = Recorder()
    sync = await started(account, recorder, status_interval=0.2, max_backoff=5.0)
    await asyncio.sleep(0.05)

    account.add(mail("found by STATUS"), CHAT)
    await recorder.until(lambda: len(recorder.mails) == 1)
    watching = sync.watching
    connects = account.commands.count("CONNECT")
    # The limit goes: a probe (as after a network change) retries at once.
    account.max_connections = None
    assert await sync.probe()
    await until(lambda: sync.watching)
    await sync.close()

    assert recorder.mails[0][:1] == (CHAT,)
    assert not watching
    assert connects <= 3  # main, watcher, maybe one retry after ~1 s: no storm
    assert f"STATUS {CHAT}" in account.commands
    assert recorder.state_names()[:2] == [
        ConnectionState.CONNECTING,
        ConnectionState.ONLINE,
    ]
    assert ConnectionState.RECONNECTING not in recorder.state_names()


@pytest.mark.asyncio
async def test_a_refusal_for_good_ends_the_watcher_for_the_session() -> None:
    account = account_with_chat_folder()
    account.max_connections = 1
    account.refusal = TransportError(ErrorCode.AUTH_FAILED, "too many sessions")
    recorder = Recorder()
    sync = await started(account, recorder, status_interval=0.1)
    await asyncio.sleep(0.3)  # QUICK's backoff (0.01 s) would retry 30 times

    account.add(mail("still found"), CHAT)
    await recorder.until(lambda: len(recorder.mails) == 1)
    await sync.close()

    assert account.commands.count("CONNECT") == 2
    assert recorder.texts() == ["still found"]
    assert ConnectionState.FAILED not in recorder.state_names()


@pytest.mark.asyncio
async def test_an_unopenable_chat_folder_falls_back_and_is_retried() -> None:
    account = account_with_chat_folder()
    account.refuse_examine = True
    recorder = Recorder()
    sync = await started(account, recorder, status_interval=0.1, max_backoff=5.0)

    account.add(mail("found by STATUS"), CHAT)
    await recorder.until(lambda: len(recorder.mails) == 1)
    watching = sync.watching
    account.refuse_examine = False
    assert await sync.probe()
    await until(lambda: sync.watching)
    await sync.close()

    assert not watching
    assert recorder.texts() == ["found by STATUS"]


@pytest.mark.asyncio
async def test_without_idle_or_a_chat_folder_there_is_no_watcher() -> None:
    no_idle = account_with_chat_folder()
    no_idle.capabilities = frozenset({"MOVE"})
    no_folder = FakeImapAccount()
    no_folder.refuse_create = True
    for account in (no_idle, no_folder):
        recorder = Recorder()
        sync = await started(account, recorder)
        await asyncio.sleep(0.05)
        connections = len(account.open_connections())
        await sync.close()

        assert connections == 1
        assert not any(c.startswith("EXAMINE") for c in account.commands)


# ----------------------------------------------------------------- lifetime


@pytest.mark.asyncio
async def test_close_logs_out_both_connections() -> None:
    account = account_with_chat_folder()
    recorder = Recorder()
    sync = await started(account, recorder)
    await until(lambda: sync.watching)

    await sync.close()
    await asyncio.sleep(0)

    assert account.open_connections() == []
    assert account.commands.count("LOGOUT") == 2
    assert not sync.watching
    others = asyncio.all_tasks() - {asyncio.current_task()}
    assert not [t for t in others if t.get_name().startswith("mail-")]


@pytest.mark.asyncio
async def test_a_main_connection_drop_ends_its_watcher_too() -> None:
    account = account_with_chat_folder()
    recorder = Recorder()
    sync = await started(account, recorder)
    await until(lambda: sync.watching)
    old_watcher = watcher_conn(account)

    main_conn(account).abort()
    await recorder.until(
        lambda: recorder.state_names().count(ConnectionState.ONLINE) == 2
    )
    await until(lambda: sync.watching)
    connections = account.open_connections()
    account.add(mail("new session"), CHAT)
    await recorder.until(lambda: len(recorder.mails) == 1)
    await sync.close()

    assert old_watcher is not None
    assert old_watcher.closed
    assert len(connections) == 2
    assert old_watcher not in connections


@pytest.mark.asyncio
async def test_no_busy_loop_and_no_uid_twice() -> None:
    account = account_with_chat_folder()
    recorder = Recorder()
    sync = await started(account, recorder)
    await until(lambda: sync.watching)
    idle_before = await quiet(account)

    # Chat mails into INBOX (moved by this sync: its own move wakes it once
    # more) and straight into the chat folder, with extra wakes between.
    for i in range(10):
        account.add(mail(f"inbox {i}"))
        account.add(mail(f"direct {i}"), CHAT)
        sync.wake()
        await asyncio.sleep(0.01)
    await recorder.until(lambda: len(recorder.mails) == 20)
    await asyncio.sleep(0.05)
    idle_after = await quiet(account)
    await sync.close()

    assert idle_before == []
    assert idle_after == []
    uids = [uid for _, uid, _ in recorder.mails]
    assert uids == sorted(set(uids))
    assert sorted(recorder.texts()) == sorted(
        [f"inbox {i}" for i in range(10)] + [f"direct {i}" for i in range(10)]
    )
