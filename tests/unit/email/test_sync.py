# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``MailSync`` bookkeeping against ``FakeImapAccount``, a scripted test double.

The double keeps folders, UIDs, flags and MODSEQs in memory and plays what a
real server cannot be made to do on cue: refuse MOVE, CREATE or EXAMINE, lose a
connection at a chosen moment, recreate a folder with another UIDVALIDITY,
lack IDLE, refuse connections beyond a limit. Like a real server it tells a
session about changes of the folder it has selected only. (The same paths
against the real Dovecot: tests/integration/email; the chat-folder watcher's
own tests: test_sync_watch.py.)
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from typing import cast

import pytest

from messenger.core.model import ConnectionState
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.core.model import JsonValue
from messenger.protocols.email.errors import TransportError
from messenger.protocols.email.imap import ImapCommandError
from messenger.protocols.email.imapwire import FetchedItem
from messenger.protocols.email.imapwire import MailboxStatus
from messenger.protocols.email.rounds import has_chat_header
from messenger.protocols.email.settings import EmailSettings
from messenger.protocols.email.sync import Connect
from messenger.protocols.email.sync import MailSync
from messenger.protocols.email.sync import SyncOptions
from messenger.protocols.email.sync import next_backoff
from messenger.protocols.email.syncstate import FolderState
from messenger.protocols.email.syncstate import reconcile
from messenger.protocols.email.syncstate import state_key
from messenger.protocols.email.syncstate import unchanged

WAIT = 5.0
QUICK = SyncOptions(idle_interval=30.0, poll_interval=0.05, max_backoff=0.01)
# The main connection alone (no chat-folder watcher): its own reconnects.
SOLO = replace(QUICK, watch_chat_folder=False)


def mail(text: str, *, chat: bool = True) -> bytes:
    header = b"Chat-Version: 1.0\r\n" if chat else b""
    return b"Subject: x\r\n" + header + b"\r\n" + text.encode() + b"\r\n"


def text_of(raw: bytes) -> str:
    return raw.rsplit(b"\r\n\r\n", 1)[-1].strip().decode()


# ----------------------------------------------------------------- the double


@dataclass
class Stored:
    raw: bytes
    flags: set[str]
    modseq: int


@dataclass
class Folder:
    uidvalidity: int
    uidnext: int = 1
    messages: dict[int, Stored] = field(default_factory=dict)

    def highest(self) -> int:
        return max((m.modseq for m in self.messages.values()), default=1)


class FakeImapAccount:
    """Test double: one account's mailbox, shared by the connections to it."""

    def __init__(self, capabilities: set[str] | None = None) -> None:
        self.capabilities = frozenset(
            capabilities or {"IDLE", "MOVE", "CONDSTORE", "UIDPLUS", "ENABLE"}
        )
        self.folders: dict[str, Folder] = {"INBOX": Folder(uidvalidity=100)}
        self.modseq = 1
        self.refuse_move = False
        self.refuse_create = False
        self.refuse_examine = False
        #: Connections beyond this many open ones are refused with ``refusal``.
        self.max_connections: int | None = None
        self.refusal = TransportError(ErrorCode.SERVER_ERROR, "[LIMIT] too many")
        #: Called once after the next UID SEARCH (to deliver mail at that moment).
        self.after_search: Callable[[], None] | None = None
        self.connect_errors: list[TransportError] = []
        self.connections: list[FakeConnection] = []
        self.commands: list[str] = []

    def add(
        self, raw: bytes, folder: str = "INBOX", flags: set[str] | None = None
    ) -> int:
        box = self.folders[folder]
        uid = box.uidnext
        box.uidnext += 1
        self.modseq += 1
        box.messages[uid] = Stored(raw, set(flags or ()), self.modseq)
        self.notify(folder)
        return uid

    def notify(self, folder: str, *, but: FakeConnection | None = None) -> None:
        """Tell the sessions that have ``folder`` selected (``but`` one) it changed."""
        for conn in self.connections:
            if conn.selected == folder and conn is not but:
                conn.notify()

    def open_connections(self) -> list[FakeConnection]:
        return [conn for conn in self.connections if not conn.closed]

    def recreate(self, folder: str) -> None:
        """Delete and create ``folder``: another UIDVALIDITY, UIDs from 1."""
        old = self.folders[folder]
        self.folders[folder] = Folder(uidvalidity=old.uidvalidity + 1)

    def drop(self) -> None:
        for conn in self.connections:
            conn.abort()

    async def connect(self) -> FakeConnection:
        self.commands.append("CONNECT")
        if self.connect_errors:
            raise self.connect_errors.pop(0)
        limit = self.max_connections
        if limit is not None and len(self.open_connections()) >= limit:
            raise self.refusal
        conn = FakeConnection(self)
        self.connections.append(conn)
        return conn


class FakeConnection:
    """The subset of ``ImapConnection`` that ``MailSync`` uses."""

    def __init__(self, account: FakeImapAccount) -> None:
        self.account = account
        self.selected: str | None = None
        self.readonly = False  # EXAMINEd: the chat-folder watcher's connection
        self.enabled: frozenset[str] = frozenset()
        # Like a real server, news of a mail goes out once: with the next
        # answer (``exists_seen``, as ImapConnection notes it) or, during
        # IDLE, as a push (``news``); IDLE does not repeat what was said.
        self.news = asyncio.Event()
        self.pending = False
        self.exists_seen = False
        self.idling = False
        self._dropped = asyncio.Event()

    def notify(self) -> None:
        if self.idling:
            self.news.set()
        else:
            self.pending = True

    # state
    @property
    def capabilities(self) -> frozenset[str]:
        return self.account.capabilities

    def has(self, capability: str) -> bool:
        return capability in self.capabilities

    @property
    def closed(self) -> bool:
        return self._dropped.is_set()

    def abort(self) -> None:
        self._dropped.set()

    async def logout(self) -> None:
        self.account.commands.append("LOGOUT")
        self.abort()

    def _check(self, command: str) -> None:
        self.account.commands.append(command)
        if self.closed:
            raise TransportError(ErrorCode.HOST_UNREACHABLE, "dropped")
        if self.pending:  # told with this answer
            self.pending, self.exists_seen = False, True

    # commands
    async def enable(self, *capabilities: str) -> frozenset[str]:
        self._check("ENABLE")
        return frozenset()

    async def ensure_folder(self, name: str) -> str:
        self._check("LIST")
        if name not in self.account.folders:
            if self.account.refuse_create:
                raise ImapCommandError("CREATE", "NO", "[NOPERM] no")
            self.account.folders[name] = Folder(uidvalidity=500)
        return name

    def _status(self, name: str) -> MailboxStatus:
        box = self.account.folders[name]
        return MailboxStatus(
            uidvalidity=box.uidvalidity,
            uidnext=box.uidnext,
            exists=len(box.messages),
            highestmodseq=box.highest(),
        )

    async def select(self, name: str, *, readonly: bool = False) -> MailboxStatus:
        self._check(f"{'EXAMINE' if readonly else 'SELECT'} {name}")
        if readonly and self.account.refuse_examine:
            raise ImapCommandError("EXAMINE", "NO", "[NONEXISTENT] no")
        self.selected, self.readonly = name, readonly
        self.exists_seen = False
        return self._status(name)

    async def status(self, name: str) -> MailboxStatus:
        self._check(f"STATUS {name}")
        return self._status(name)

    def _box(self) -> Folder:
        assert self.selected is not None
        return self.account.folders[self.selected]

    async def uid_search(self, criteria: str) -> list[int]:
        self._check(f"SEARCH {criteria}")
        first = int(criteria.split()[1].split(":", maxsplit=1)[0])
        uids = sorted(self._box().messages)
        found = [u for u in uids if u >= first]
        hook, self.account.after_search = self.account.after_search, None
        if hook is not None:
            hook()
        return found or uids[-1:]  # "n:*" always names the last message

    async def fetch(
        self, uids: object, items: str, modifiers: str = ""
    ) -> dict[int, FetchedItem]:
        self._check(f"FETCH {items}")
        wanted = set(cast(list[int], uids))
        return self._items(lambda uid, _: uid in wanted, items)

    async def fetch_range(
        self, first: int, last: int, items: str, modifiers: str = ""
    ) -> dict[int, FetchedItem]:
        self._check(f"FETCH {first}:{last} {items} {modifiers}")
        since = int(modifiers.split()[1].rstrip(")")) if modifiers else 0
        return self._items(lambda u, m: first <= u <= last and m.modseq > since, items)

    def _items(
        self, keep: Callable[[int, Stored], bool], items: str
    ) -> dict[int, FetchedItem]:
        found: dict[int, FetchedItem] = {}
        for uid, stored in sorted(self._box().messages.items()):
            if not keep(uid, stored):
                continue
            head = stored.raw.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
            sections: dict[str, bytes] = {}
            if "HEADER.FIELDS" in items:
                chat = b"Chat-Version: 1.0\r\n" if b"Chat-Version" in head else b""
                sections["BODY[HEADER.FIELDS]"] = chat + b"\r\n"
            elif "BODY.PEEK[HEADER]" in items:
                sections["BODY[HEADER]"] = head
            elif "BODY.PEEK[]" in items:
                sections["BODY[]"] = stored.raw
            found[uid] = FetchedItem(
                uid=uid,
                flags=frozenset(stored.flags) if "FLAGS" in items else None,
                size=len(stored.raw),
                sections=sections,
            )
        return found

    async def move(self, uids: list[int], target: str) -> None:
        self._check("MOVE")
        if self.account.refuse_move:
            raise ImapCommandError("UID MOVE", "NO", "[CANNOT] no")
        box = self._box()
        for uid in sorted(uids):
            stored = box.messages.pop(uid)
            self.account.add(stored.raw, target, stored.flags)

    async def append(self, folder: str, raw: bytes, flags: object = ()) -> int:
        self._check("APPEND")
        return self.account.add(raw, folder, set(cast(tuple[str, ...], flags)))

    async def store(self, uids: list[int], flags: object, *, add: bool = True) -> None:
        self._check("STORE")
        for uid in uids:
            stored = self._box().messages[uid]
            names = set(cast(list[str], flags))
            stored.flags = stored.flags | names if add else stored.flags - names
            self.account.modseq += 1
            stored.modseq = self.account.modseq
        if uids and self.selected is not None:
            self.account.notify(self.selected, but=self)  # a FETCH to the others

    def take_news(self) -> bool:
        news, self.exists_seen = self.exists_seen, False
        return news

    async def noop(self) -> bool:
        self._check("NOOP")
        return self.take_news()

    async def idle(self, seconds: float, wake: asyncio.Event) -> bool:
        self._check("IDLE")
        if self.take_news():
            return True  # said at the start of IDLE
        self.news.clear()
        self.idling = True
        waiters = [
            asyncio.ensure_future(e.wait()) for e in (self.news, wake, self._dropped)
        ]
        try:
            await asyncio.wait(
                waiters, timeout=seconds, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            self.idling = False
            for waiter in waiters:
                waiter.cancel()
        if self.closed:
            raise TransportError(ErrorCode.HOST_UNREACHABLE, "dropped in IDLE")
        return self.news.is_set()


# ----------------------------------------------------------------- a backend


class Recorder:
    """What a backend does with the sync: record mails, flags, states, state."""

    def __init__(self, fail_once: set[str] | None = None) -> None:
        self.mails: list[tuple[str, int, str]] = []
        self.flags: list[tuple[str, int, frozenset[str]]] = []
        self.states: list[tuple[ConnectionState, ErrorInfo | None]] = []
        self.store: dict[str, JsonValue] = {}
        self.fail_once = set(fail_once or ())
        self._changed = asyncio.Event()

    async def on_mail(self, folder: str, uid: int, raw: bytes) -> None:
        text = text_of(raw)
        self.mails.append((folder, uid, text))
        self._changed.set()
        if text in self.fail_once:
            self.fail_once.discard(text)
            raise RuntimeError("the database is locked")

    async def on_flags(self, folder: str, uid: int, flags: frozenset[str]) -> None:
        self.flags.append((folder, uid, flags))
        self._changed.set()

    def on_state(self, state: ConnectionState, error: ErrorInfo | None) -> None:
        self.states.append((state, error))
        self._changed.set()

    async def load_state(self, key: str) -> JsonValue:
        return self.store.get(key)

    async def save_state(self, key: str, value: JsonValue) -> None:
        self.store[key] = value

    async def until(self, condition: Callable[[], bool]) -> None:
        async with asyncio.timeout(WAIT):
            while not condition():
                self._changed.clear()
                await self._changed.wait()

    def texts(self) -> list[str]:
        return [text for _, _, text in self.mails]

    def state_names(self) -> list[ConnectionState]:
        return [state for state, _ in self.states]


SETTINGS = EmailSettings.from_settings("me@example.org", {})


def make_sync(
    account: FakeImapAccount,
    recorder: Recorder,
    *,
    options: SyncOptions = QUICK,
    report_classic: bool = False,
) -> MailSync:
    return MailSync(
        SETTINGS,
        "secret",
        on_mail=recorder.on_mail,
        on_state=recorder.on_state,
        on_flags=recorder.on_flags,
        load_state=recorder.load_state,
        save_state=recorder.save_state,
        report_classic=report_classic,
        options=options,
        rng=random.Random(7),
        connect=cast(Connect, account.connect),
    )


def inbox_state(recorder: Recorder, folder: str = "INBOX") -> FolderState | None:
    return FolderState.from_json(recorder.store.get(state_key(folder)))


# ----------------------------------------------------------------- pure parts


def test_backoff_grows_to_its_cap() -> None:
    delays = [0.0]
    for _ in range(10):
        delays.append(next_backoff(delays[-1], 300.0))

    assert delays[1:6] == [1.0, 3.0, 7.0, 15.0, 31.0]
    assert delays[-1] == 300.0


@pytest.mark.parametrize(
    ("header", "chat"),
    [
        (b"Chat-Version: 1.0\r\n\r\n", True),
        (b"chat-version:1.0\r\n\r\n", True),
        (b"Chat-Version:\r\n 1.0\r\n\r\n", True),  # folded
        (b"Chat-Version: \r\n\r\n", False),
        (b"\r\n", False),
        (b"X-Chat-Version: 1\r\n\r\n", False),
        (b"\xff\xfe garbage\r\n\r\n", False),
    ],
)
def test_chat_header(header: bytes, chat: bool) -> None:
    assert has_chat_header(header) is chat


@pytest.mark.parametrize(
    "value",
    [
        None,
        "x",
        [],
        {"uidvalidity": "1"},
        {"uidvalidity": True},
        {"uidvalidity": -1},
        {"uidvalidity": 1, "last_uid": 2**32},
        {"uidvalidity": 1, "highestmodseq": 1.5},
    ],
)
def test_saved_state_is_validated(value: JsonValue) -> None:
    assert FolderState.from_json(value) is None


def test_state_round_trip_and_advance() -> None:
    state = FolderState(uidvalidity=9, last_uid=4, highestmodseq=7, classic_from=2)

    assert FolderState.from_json(state.to_json()) == state
    assert state.advanced(3) is state
    assert state.advanced(8).last_uid == 8


def test_reconcile() -> None:
    status = MailboxStatus(uidvalidity=5, uidnext=10, highestmodseq=3)
    saved = FolderState(uidvalidity=5, last_uid=7, highestmodseq=2)

    fresh_inbox, save = reconcile(None, status, inbox=True)
    assert (fresh_inbox.last_uid, fresh_inbox.classic_from, save) == (0, 10, True)
    assert reconcile(None, status, inbox=False)[0].classic_from == 0
    assert reconcile(saved, status, inbox=True) == (saved, False)
    other = MailboxStatus(uidvalidity=6, uidnext=2, highestmodseq=1)
    reset, save = reconcile(saved, other, inbox=True)
    assert (reset.uidvalidity, reset.last_uid, reset.classic_from, save) == (
        6,
        0,
        0,
        True,
    )


def test_unchanged() -> None:
    saved = FolderState(uidvalidity=5, last_uid=9, highestmodseq=4)

    assert unchanged(saved, MailboxStatus(uidvalidity=5, uidnext=10, highestmodseq=4))
    assert unchanged(saved, MailboxStatus(uidvalidity=5, uidnext=10))
    assert not unchanged(saved, MailboxStatus(uidvalidity=5, uidnext=11))
    assert not unchanged(saved, MailboxStatus(uidvalidity=6, uidnext=10))
    assert not unchanged(
        saved, MailboxStatus(uidvalidity=5, uidnext=10, highestmodseq=5)
    )
    assert not unchanged(None, MailboxStatus(uidvalidity=5, uidnext=10))
    assert not unchanged(saved, MailboxStatus(uidvalidity=5))


# ----------------------------------------------------------------- the sync


@pytest.mark.asyncio
async def test_chat_mails_moved_and_handed_over_in_uid_order() -> None:
    account = FakeImapAccount()
    for text in ("one", "two"):
        account.add(mail(text))
    account.add(mail("classic", chat=False))
    account.add(mail("three"))
    recorder = Recorder()
    sync = make_sync(account, recorder)

    sync.start()
    await recorder.until(lambda: len(recorder.mails) == 3)
    account.add(mail("four"))
    await recorder.until(lambda: len(recorder.mails) == 4)
    await sync.close()

    assert recorder.texts() == ["one", "two", "three", "four"]
    assert [(f, u) for f, u, _ in recorder.mails] == [
        ("DeltaChat", 1),
        ("DeltaChat", 2),
        ("DeltaChat", 3),
        ("DeltaChat", 4),
    ]
    assert [text_of(m.raw) for m in account.folders["INBOX"].messages.values()] == [
        "classic"
    ]
    chat = inbox_state(recorder, "DeltaChat")
    assert chat is not None
    assert chat.last_uid == 4
    inbox = inbox_state(recorder)
    assert inbox is not None
    assert inbox.last_uid == 5
    assert recorder.state_names() == [
        ConnectionState.CONNECTING,
        ConnectionState.ONLINE,
        ConnectionState.OFFLINE,
    ]
    assert account.commands[-1] == "LOGOUT"


@pytest.mark.asyncio
async def test_mail_arriving_during_a_round_is_not_left_for_later() -> None:
    # The server says EXISTS with the answer to some other command and not again
    # in IDLE: without noticing, the mail would wait for the next round (30 s).
    account = FakeImapAccount()
    account.folders["DeltaChat"] = Folder(uidvalidity=500)
    recorder = Recorder()
    sync = make_sync(account, recorder)
    sync.start()
    await recorder.until(
        lambda: recorder.state_names()[-1:] == [ConnectionState.ONLINE]
    )
    await asyncio.sleep(0.05)  # in IDLE

    def deliver() -> None:
        account.add(mail("just in time"))

    account.after_search = deliver
    account.add(mail("first"))
    await recorder.until(lambda: len(recorder.mails) == 2)
    await sync.close()

    assert recorder.texts() == ["first", "just in time"]


@pytest.mark.asyncio
async def test_a_failing_handler_repeats_the_mail_but_skips_nothing() -> None:
    account = FakeImapAccount()
    account.folders["DeltaChat"] = Folder(uidvalidity=500)
    for text in ("one", "two", "three"):
        account.add(mail(text), "DeltaChat")
    recorder = Recorder(fail_once={"two"})
    sync = make_sync(account, recorder)

    sync.start()
    await recorder.until(lambda: recorder.texts()[-1:] == ["three"])
    await sync.close()

    assert recorder.texts() == ["one", "two", "two", "three"]
    errors = [e for s, e in recorder.states if s is ConnectionState.RECONNECTING]
    assert errors
    assert errors[0] is not None
    assert errors[0].code is ErrorCode.INTERNAL


@pytest.mark.asyncio
async def test_saved_bookmarks_resume_without_repeats() -> None:
    account = FakeImapAccount()
    account.add(mail("one"))
    first = Recorder()
    sync = make_sync(account, first)
    sync.start()
    await first.until(lambda: len(first.mails) == 1)
    await sync.close()
    account.add(mail("two"))  # while offline

    second = Recorder()
    second.store = dict(first.store)
    sync = make_sync(account, second)
    sync.start()
    await second.until(lambda: len(second.mails) == 1)
    await sync.close()

    assert second.texts() == ["two"]


@pytest.mark.asyncio
async def test_new_uidvalidity_hands_the_folder_over_again() -> None:
    account = FakeImapAccount()
    account.add(mail("one"))
    account.add(mail("two"))
    recorder = Recorder()
    sync = make_sync(account, recorder)
    sync.start()
    await recorder.until(lambda: len(recorder.mails) == 2)

    account.recreate("DeltaChat")
    account.add(mail("one"), "DeltaChat")
    account.add(mail("two"), "DeltaChat")
    account.add(mail("new"), "DeltaChat")
    await recorder.until(lambda: len(recorder.mails) == 5)
    await sync.close()

    assert recorder.texts() == ["one", "two", "one", "two", "new"]
    assert [u for _, u, _ in recorder.mails[2:]] == [1, 2, 3]
    state = inbox_state(recorder, "DeltaChat")
    assert state is not None
    assert (state.uidvalidity, state.last_uid) == (501, 3)


@pytest.mark.asyncio
async def test_refused_move_hands_chat_mails_over_from_inbox() -> None:
    account = FakeImapAccount()
    account.refuse_move = True
    account.add(mail("stuck"))
    recorder = Recorder()
    sync = make_sync(account, recorder)

    sync.start()
    await recorder.until(lambda: len(recorder.mails) == 1)
    await sync.close()

    assert recorder.mails == [("INBOX", 1, "stuck")]


@pytest.mark.asyncio
async def test_without_a_chat_folder_chat_mails_come_from_inbox() -> None:
    account = FakeImapAccount()
    account.refuse_create = True
    account.add(mail("here"))
    recorder = Recorder()
    sync = make_sync(account, recorder)

    sync.start()
    await recorder.until(lambda: len(recorder.mails) == 1)
    chat_folder = sync.chat_folder
    with pytest.raises(TransportError) as no_folder:
        await sync.append(mail("mine"))
    await sync.close()

    assert chat_folder == ""
    assert recorder.mails == [("INBOX", 1, "here")]
    assert no_folder.value.code is ErrorCode.UNSUPPORTED


@pytest.mark.asyncio
async def test_classic_mails_from_before_the_account_are_not_shown() -> None:
    account = FakeImapAccount()
    account.add(mail("old", chat=False))
    recorder = Recorder()
    sync = make_sync(account, recorder, report_classic=True)

    sync.start()
    await recorder.until(
        lambda: recorder.state_names()[-1:] == [ConnectionState.ONLINE]
    )
    account.add(mail("new", chat=False))
    await recorder.until(lambda: len(recorder.mails) == 1)
    await sync.close()

    assert recorder.mails == [("INBOX", 2, "new")]


@pytest.mark.asyncio
async def test_without_idle_it_polls() -> None:
    account = FakeImapAccount(capabilities={"MOVE"})
    recorder = Recorder()
    sync = make_sync(account, recorder)

    sync.start()
    await recorder.until(
        lambda: recorder.state_names()[-1:] == [ConnectionState.ONLINE]
    )
    account.add(mail("polled"))
    await recorder.until(lambda: len(recorder.mails) == 1)
    await sync.close()

    assert "IDLE" not in account.commands
    assert "NOOP" in account.commands


@pytest.mark.asyncio
async def test_drop_reconnects_without_repeats() -> None:
    account = FakeImapAccount()
    account.add(mail("one"))
    recorder = Recorder()
    sync = make_sync(account, recorder, options=SOLO)
    sync.start()
    await recorder.until(lambda: len(recorder.mails) == 1)

    account.connect_errors = [TransportError(ErrorCode.HOST_UNREACHABLE, "refused")]
    account.drop()
    await recorder.until(
        lambda: recorder.state_names().count(ConnectionState.ONLINE) == 2
    )
    account.add(mail("two"))
    await recorder.until(lambda: len(recorder.mails) == 2)
    await sync.close()

    assert recorder.texts() == ["one", "two"]
    # Each failed attempt says why: the drop, then the refused connection.
    assert recorder.state_names() == [
        ConnectionState.CONNECTING,
        ConnectionState.ONLINE,
        ConnectionState.RECONNECTING,
        ConnectionState.RECONNECTING,
        ConnectionState.ONLINE,
        ConnectionState.OFFLINE,
    ]
    reasons = [e.detail for s, e in recorder.states if e is not None]
    assert reasons == ["dropped in IDLE", "refused"]
    assert account.commands.count("CONNECT") == 3


@pytest.mark.asyncio
async def test_fatal_errors_stop_retrying() -> None:
    account = FakeImapAccount()
    account.connect_errors = [TransportError(ErrorCode.AUTH_FAILED, "no")]
    recorder = Recorder()
    sync = make_sync(account, recorder)

    sync.start()
    await recorder.until(
        lambda: recorder.state_names()[-1:] == [ConnectionState.FAILED]
    )
    await asyncio.sleep(0.05)
    with pytest.raises(TransportError) as offline:
        await sync.append(mail("x"))
    await sync.close()

    assert account.commands.count("CONNECT") == 1
    assert recorder.states[1][1] is not None
    assert recorder.states[1][1].code is ErrorCode.AUTH_FAILED
    assert offline.value.code is ErrorCode.NOT_CONNECTED


@pytest.mark.asyncio
async def test_append_and_flags() -> None:
    account = FakeImapAccount()
    recorder = Recorder()
    sync = make_sync(account, recorder)
    sync.start()
    await recorder.until(
        lambda: recorder.state_names()[-1:] == [ConnectionState.ONLINE]
    )

    appended = await sync.append(mail("mine"))
    assert appended is not None
    uid = appended
    await recorder.until(lambda: len(recorder.mails) == 1)
    other = account.add(mail("theirs"), "DeltaChat")
    await recorder.until(lambda: len(recorder.mails) == 2)
    await sync.set_flags("DeltaChat", [other], ["\\Seen"])
    # Another device marks our mail as flagged: a flag change, reported.
    account.folders["DeltaChat"].messages[uid].flags.add("\\Flagged")
    account.modseq += 1
    account.folders["DeltaChat"].messages[uid].modseq = account.modseq
    sync.wake()
    await recorder.until(
        lambda: ("DeltaChat", uid, frozenset({"\\Seen", "\\Flagged"})) in recorder.flags
    )
    await sync.close()

    assert recorder.mails[0] == ("DeltaChat", uid, "mine")
    assert recorder.flags[0] == ("DeltaChat", uid, frozenset({"\\Seen"}))
    assert account.folders["DeltaChat"].messages[other].flags == {"\\Seen"}


@pytest.mark.asyncio
async def test_close_while_connecting_reports_offline() -> None:
    account = FakeImapAccount()
    gate = asyncio.Event()

    async def slow_connect() -> FakeConnection:
        await gate.wait()
        return await account.connect()

    recorder = Recorder()
    sync = MailSync(
        SETTINGS,
        "secret",
        on_mail=recorder.on_mail,
        on_state=recorder.on_state,
        load_state=recorder.load_state,
        save_state=recorder.save_state,
        options=QUICK,
        connect=cast(Connect, slow_connect),
    )
    sync.start()
    await asyncio.sleep(0.05)
    await sync.close(seconds=0.1)

    assert recorder.state_names() == [
        ConnectionState.CONNECTING,
        ConnectionState.OFFLINE,
    ]


@pytest.mark.asyncio
async def test_reconnect_skips_the_backoff() -> None:
    account = FakeImapAccount()
    recorder = Recorder()
    patient = replace(SOLO, max_backoff=30.0, stable_after=100.0)
    sync = make_sync(account, recorder, options=patient)
    sync.start()
    await recorder.until(
        lambda: recorder.state_names()[-1:] == [ConnectionState.ONLINE]
    )

    started = asyncio.get_running_loop().time()
    sync.reconnect()  # e.g. the computer woke from suspend
    await recorder.until(
        lambda: recorder.state_names().count(ConnectionState.ONLINE) == 2
    )
    seconds = asyncio.get_running_loop().time() - started
    await sync.close()

    assert seconds < 0.5  # a drop of so short a session would wait ~1 s
    assert account.commands.count("CONNECT") == 2


@pytest.mark.asyncio
async def test_probe() -> None:
    account = FakeImapAccount()
    recorder = Recorder()
    sync = make_sync(account, recorder)
    offline = await sync.probe()
    sync.start()
    await recorder.until(
        lambda: recorder.state_names()[-1:] == [ConnectionState.ONLINE]
    )
    await asyncio.sleep(0.05)  # in IDLE

    alive = await sync.probe()
    await sync.close()

    assert (offline, alive) == (False, True)
    assert "NOOP" in account.commands
