# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``MailSync`` against the real Dovecot: IDLE push, sorting, bookkeeping, crashes.

A chat mail sent over SMTP arrives through IDLE within seconds and is moved to
the chat folder (created if missing, under ``INBOX.`` where the server wants
that); classic mails stay in INBOX; own APPENDs reach the account's other
devices; Dovecot killed and restarted mid-IDLE: reconnect, nothing missed or
handed over twice; a recreated folder (new UIDVALIDITY) is read again; a saved
state resumes where it left off.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import AsyncIterator
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from messenger.core.model import ConnectionState
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.core.model import JsonValue
from messenger.protocols.email.imap import ImapConnection
from messenger.protocols.email.settings import EmailSettings
from messenger.protocols.email.smtp import SmtpSender
from messenger.protocols.email.sync import MailSync
from messenger.protocols.email.sync import SyncOptions
from tests.integration.email.test_transport import chat_mail
from tests.integration.email.test_transport import open_imap
from tests.integration.email.test_transport import settings_for
from tests.testbed.certs import TestPki
from tests.testbed.fixtures import UserFactory
from tests.testbed.mail import MailServer

WAIT = 15.0
FAST = SyncOptions(idle_interval=30.0, max_backoff=1.0)


class Device:
    """What a backend would do with a ``MailSync``: record mails, states, state."""

    def __init__(self, store: dict[str, JsonValue] | None = None) -> None:
        self.mails: list[tuple[str, int, bytes]] = []
        self.flags: list[tuple[str, int, frozenset[str]]] = []
        self.states: list[tuple[ConnectionState, ErrorInfo | None]] = []
        self.store: dict[str, JsonValue] = {} if store is None else store
        self._changed = asyncio.Event()

    async def on_mail(self, folder: str, uid: int, raw: bytes) -> None:
        self.mails.append((folder, uid, raw))
        self._changed.set()

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

    def sync(self, settings: EmailSettings, password: str, **kwargs: Any) -> MailSync:
        return MailSync(
            settings,
            password,
            on_mail=self.on_mail,
            on_state=self.on_state,
            on_flags=self.on_flags,
            load_state=self.load_state,
            save_state=self.save_state,
            options=kwargs.pop("options", FAST),
            **kwargs,
        )

    async def until(self, condition: Callable[[], bool], seconds: float = WAIT) -> None:
        async with asyncio.timeout(seconds):
            while not condition():
                self._changed.clear()
                await self._changed.wait()

    async def online(self) -> None:
        await self.until(lambda: self.state is ConnectionState.ONLINE)

    @property
    def state(self) -> ConnectionState | None:
        return self.states[-1][0] if self.states else None

    def texts(self) -> list[str]:
        """The body of each mail handed over, in order (first line)."""
        return [
            raw.rsplit(b"\r\n\r\n", 1)[-1].strip().decode() for _, _, raw in self.mails
        ]


@asynccontextmanager
async def running(sync: MailSync) -> AsyncIterator[MailSync]:
    sync.start()
    try:
        yield sync
    finally:
        await sync.close()


async def send(settings: EmailSettings, password: str, to: str, *texts: str) -> None:
    async with SmtpSender(settings, password) as sender:
        for text in texts:
            await sender.send(chat_mail(settings.address, to, text), [to])


@pytest.fixture(scope="module")
def crash_server(testbed_pki: TestPki) -> Iterator[MailServer]:
    """A mail server of this module's own: tests kill and restart it."""
    server = MailServer(pki=testbed_pki)
    try:
        server.start()
        yield server
    finally:
        server.close()


@pytest.mark.asyncio
async def test_chat_mail_arrives_through_idle_in_the_chat_folder(
    mail_server: MailServer, mail_user: UserFactory
) -> None:
    alice, alice_pw = mail_user("alice")
    bob, bob_pw = mail_user("bob")
    alice_settings = settings_for(mail_server, alice)
    device = Device()
    async with running(device.sync(settings_for(mail_server, bob), bob_pw)) as sync:
        await device.online()
        await asyncio.sleep(0.3)  # in IDLE by now
        sent = time.monotonic()
        await send(alice_settings, alice_pw, bob, "hello bob")
        await device.until(lambda: len(device.mails) == 1)
        latency = time.monotonic() - sent
        # A classic mail stays in INBOX and is not handed over (classic_mails
        # is "ignore" by default).
        async with SmtpSender(alice_settings, alice_pw) as sender:
            await sender.send(chat_mail(alice, bob, "classic", chat=False), [bob])
            await sender.send(chat_mail(alice, bob, "second"), [bob])
        await device.until(lambda: len(device.mails) == 2)
        chat_folder = sync.chat_folder

    assert latency < 5.0, f"IDLE push took {latency:.1f} s"
    assert chat_folder == "DeltaChat"
    assert device.texts() == ["hello bob", "second"]
    assert [folder for folder, _, _ in device.mails] == ["DeltaChat", "DeltaChat"]
    assert device.mails[0][1] < device.mails[1][1]
    assert b"Chat-Version: 1.0" in device.mails[0][2]
    conn = await open_imap(settings_for(mail_server, bob), bob_pw)
    try:
        await conn.select("INBOX")
        left = await conn.fetch(await conn.uid_search("ALL"), "(UID BODY.PEEK[])")
    finally:
        await conn.logout()
    assert [
        b"Classic classic" in item.sections["BODY[]"] for item in left.values()
    ] == [True]
    assert device.state is ConnectionState.OFFLINE
    assert [s for s, _ in device.states] == [
        ConnectionState.CONNECTING,
        ConnectionState.ONLINE,
        ConnectionState.OFFLINE,
    ]


@pytest.mark.asyncio
async def test_classic_mails_are_handed_over_when_asked(
    mail_server: MailServer, mail_user: UserFactory
) -> None:
    alice, alice_pw = mail_user("alice")
    bob, bob_pw = mail_user("bob")
    alice_settings = settings_for(mail_server, alice)
    async with SmtpSender(alice_settings, alice_pw) as sender:  # before the account
        await sender.send(chat_mail(alice, bob, "old classic", chat=False), [bob])
        await sender.send(chat_mail(alice, bob, "old chat"), [bob])
    device = Device()
    bob_settings = settings_for(mail_server, bob, classic_mails="show")

    async with running(device.sync(bob_settings, bob_pw)):
        await device.until(lambda: len(device.mails) == 1)
        async with SmtpSender(alice_settings, alice_pw) as sender:
            await sender.send(chat_mail(alice, bob, "new classic", chat=False), [bob])
        await device.until(lambda: len(device.mails) == 2)

    assert device.texts() == ["old chat", "new classic"]
    assert [folder for folder, _, _ in device.mails] == ["DeltaChat", "INBOX"]


@pytest.mark.asyncio
async def test_own_append_reaches_the_other_devices(
    mail_server: MailServer, mail_user: UserFactory
) -> None:
    alice, alice_pw = mail_user("alice")
    laptop, phone = Device(), Device()
    settings = settings_for(mail_server, alice)
    # The phone idles in INBOX; it looks at the chat folder every round.
    phone_sync = phone.sync(settings, alice_pw, options=SyncOptions(idle_interval=1.0))
    async with (
        running(laptop.sync(settings, alice_pw)) as laptop_sync,
        running(phone_sync),
    ):
        await laptop.online()
        await phone.online()
        mail = chat_mail(alice, "bob@mail.test", "sent by me")
        uid = await laptop_sync.append(mail)
        await laptop.until(lambda: len(laptop.mails) == 1)
        await phone.until(lambda: len(phone.mails) == 1, seconds=5.0)

    assert uid is not None
    assert laptop.mails[0][:2] == ("DeltaChat", uid)
    assert phone.mails[0][:2] == ("DeltaChat", uid)
    assert phone.texts() == ["sent by me"]
    assert ("DeltaChat", uid, frozenset({"\\Seen"})) in phone.flags


@pytest.mark.asyncio
async def test_server_that_wants_folders_under_inbox(testbed_pki: TestPki) -> None:
    server = MailServer(pki=testbed_pki, namespace_prefix="INBOX.")
    try:
        await asyncio.to_thread(server.start)
        bob = server.add_user("bob", "bob-password")
        device = Device()
        async with running(device.sync(settings_for(server, bob), "bob-password")) as s:
            await device.online()
            await send(settings_for(server, bob), "bob-password", bob, "nested")
            await device.until(lambda: len(device.mails) == 1)
            chat_folder = s.chat_folder
    finally:
        await asyncio.to_thread(server.close)

    assert chat_folder == "INBOX.DeltaChat"
    assert device.mails[0][0] == "INBOX.DeltaChat"
    assert device.texts() == ["nested"]


@pytest.mark.asyncio
async def test_imap_killed_mid_idle_nothing_missed_or_twice(
    crash_server: MailServer,
) -> None:
    server = crash_server
    bob = server.add_user(f"bob{secrets.token_hex(3)}", "bob-password")
    settings = settings_for(server, bob)
    device = Device()
    async with running(device.sync(settings, "bob-password")):
        await send(settings, "bob-password", bob, "one", "two")
        await device.until(lambda: len(device.mails) == 2)
        await asyncio.sleep(0.3)  # back in IDLE

        await asyncio.to_thread(server.kill_imap)
        await device.until(lambda: device.state is ConnectionState.RECONNECTING)
        await asyncio.to_thread(server.start_imap)
        await send(settings, "bob-password", bob, "three", "four")
        await device.until(lambda: len(device.mails) >= 4)
        await device.online()
        await send(settings, "bob-password", bob, "five")
        await device.until(lambda: len(device.mails) >= 5)
        await asyncio.sleep(0.5)  # a duplicate would come now

    # Mails submitted back to back may get their UIDs in either order (Dovecot
    # numbers what LMTP dropped into the maildir when it next syncs): the
    # contract is UID order, nothing missed, nothing twice.
    texts = device.texts()
    assert sorted(texts[:2]) == ["one", "two"]
    assert sorted(texts[2:4]) == ["four", "three"]
    assert texts[4:] == ["five"]
    uids = [uid for _, uid, _ in device.mails]
    assert uids == sorted(set(uids))
    reconnecting = [e for s, e in device.states if s is ConnectionState.RECONNECTING]
    assert reconnecting
    assert reconnecting[0] is not None
    assert reconnecting[0].code in {ErrorCode.HOST_UNREACHABLE, ErrorCode.TIMEOUT}


@pytest.mark.asyncio
async def test_saved_state_resumes_and_new_uidvalidity_rereads(
    mail_server: MailServer, mail_user: UserFactory
) -> None:
    bob, bob_pw = mail_user("bob")
    settings = settings_for(mail_server, bob)
    store: dict[str, JsonValue] = {}
    first = Device(store)
    async with running(first.sync(settings, bob_pw)):
        await send(settings, bob_pw, bob, "one", "two")
        await first.until(lambda: len(first.mails) == 2)
    await send(settings, bob_pw, bob, "three")  # while no device runs

    second = Device(store)
    async with running(second.sync(settings, bob_pw)) as sync:
        await second.until(lambda: len(second.mails) == 1)
        # Another client deletes and recreates the chat folder with one mail:
        # a new UIDVALIDITY, so the folder is read again from the start.
        conn = await open_imap(settings, bob_pw)
        try:
            await conn.select("INBOX")
            await conn.select("DeltaChat")
            raw = [
                item.sections["BODY[]"]
                for item in (
                    await conn.fetch(await conn.uid_search("ALL"), "(UID BODY.PEEK[])")
                ).values()
            ]
            await conn.select("INBOX")
            await conn.delete_folder("DeltaChat")
            await conn.create("DeltaChat")
            await conn.append("DeltaChat", raw[0])
        finally:
            await conn.logout()
        sync.wake()
        await second.until(lambda: len(second.mails) == 2)

    assert sorted(first.texts()) == ["one", "two"]  # UID order, see above
    # "three" from the old folder, then the first mail again in the new one.
    assert second.texts() == ["three", first.texts()[0]]
    assert second.mails[1][1] == 1  # UIDs start again in the new folder


@pytest.mark.asyncio
async def test_wrong_password_fails_for_good(
    mail_server: MailServer, mail_user: UserFactory
) -> None:
    bob, _ = mail_user("bob")
    device = Device()

    async with running(device.sync(settings_for(mail_server, bob), "wrong")):
        await device.until(lambda: device.state is ConnectionState.FAILED)

    failed = [e for s, e in device.states if s is ConnectionState.FAILED]
    assert failed[0] is not None
    assert failed[0].code is ErrorCode.AUTH_FAILED
    assert [s for s, _ in device.states] == [
        ConnectionState.CONNECTING,
        ConnectionState.FAILED,
        ConnectionState.OFFLINE,
    ]


@pytest.mark.asyncio
async def test_idle_is_reissued(
    mail_server: MailServer, mail_user: UserFactory
) -> None:
    alice, alice_pw = mail_user("alice")
    settings = settings_for(mail_server, alice)
    conn: ImapConnection = await open_imap(settings, alice_pw)
    try:
        await conn.select("INBOX")
        wake = asyncio.Event()
        started = time.monotonic()
        first = await conn.idle(0.5, wake)
        second = await conn.idle(0.5, wake)
        quiet = time.monotonic() - started
        idling = asyncio.ensure_future(conn.idle(30.0, wake))
        await asyncio.sleep(0.3)
        await send(settings, alice_pw, alice, "push")
        pushed = await asyncio.wait_for(idling, 5.0)
    finally:
        await conn.logout()

    assert (first, second) == (False, False)
    assert 1.0 <= quiet < 3.0
    assert pushed is True
