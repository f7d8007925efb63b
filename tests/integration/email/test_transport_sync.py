# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``MailSync`` against the real Dovecot: IDLE push, sorting, bookkeeping, crashes.

A chat mail sent over SMTP arrives through IDLE within seconds and is moved to
the chat folder (created if missing, under ``INBOX.`` where the server wants
that); classic mails stay in INBOX; two devices on one mailbox both get every
chat mail within seconds, whichever of them moved it (the chat-folder watcher:
the other device's INBOX IDLE often hears nothing); mails APPENDed to the chat
folder by another client come as fast; without a second connection the chat
folder is looked at every ``status_interval``; Dovecot killed and restarted
mid-IDLE: reconnect, nothing missed or handed over twice; a recreated folder
(new UIDVALIDITY) is read again; a saved state resumes where it left off.
"""

from __future__ import annotations

import asyncio
import logging
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
# Only the chat-folder watcher can be quick: INBOX IDLE and STATUS checks are not.
WATCHED = SyncOptions(idle_interval=300.0, status_interval=300.0, max_backoff=1.0)
QUICKLY = 5.0  # seconds within which a watched change must be handed over


class Device:
    """What a backend would do with a ``MailSync``: record mails, states, state."""

    def __init__(self, store: dict[str, JsonValue] | None = None) -> None:
        self.mails: list[tuple[str, int, bytes]] = []
        self.times: list[float] = []  # time.monotonic() of each hand-over
        self.flags: list[tuple[str, int, frozenset[str]]] = []
        self.states: list[tuple[ConnectionState, ErrorInfo | None]] = []
        self.store: dict[str, JsonValue] = {} if store is None else store
        self._changed = asyncio.Event()

    async def on_mail(self, folder: str, uid: int, raw: bytes) -> None:
        self.mails.append((folder, uid, raw))
        self.times.append(time.monotonic())
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
    async with (
        running(laptop.sync(settings, alice_pw, options=WATCHED)) as laptop_sync,
        running(phone.sync(settings, alice_pw, options=WATCHED)) as phone_sync,
    ):
        await laptop.online()
        await phone.online()
        await until_watching(phone_sync)
        mail = chat_mail(alice, "bob@mail.test", "sent by me")
        uid = await laptop_sync.append(mail)
        await laptop.until(lambda: len(laptop.mails) == 1)
        await phone.until(lambda: len(phone.mails) == 1, seconds=QUICKLY)

    assert uid is not None
    assert laptop.mails[0][:2] == ("DeltaChat", uid)
    assert phone.mails[0][:2] == ("DeltaChat", uid)
    assert phone.texts() == ["sent by me"]
    assert ("DeltaChat", uid, frozenset({"\\Seen"})) in phone.flags


async def until_watching(sync: MailSync, seconds: float = WAIT) -> None:
    """Until the sync's second connection IDLEs in the chat folder."""
    async with asyncio.timeout(seconds):
        while not sync.watching:  # noqa: ASYNC110 (a state, no event)
            await asyncio.sleep(0.02)


@pytest.mark.asyncio
async def test_two_devices_on_one_mailbox_both_hand_over_each_chat_mail(
    mail_server: MailServer, mail_user: UserFactory
) -> None:
    alice, alice_pw = mail_user("alice")
    bob, bob_pw = mail_user("bob")
    desktop, laptop = Device(), Device()
    bob_settings = settings_for(mail_server, bob)
    texts = [f"to both {i}" for i in range(4)]
    latencies: list[float] = []
    async with (
        running(desktop.sync(bob_settings, bob_pw, options=WATCHED)) as one,
        running(laptop.sync(bob_settings, bob_pw, options=WATCHED)) as two,
    ):
        await until_watching(one)
        await until_watching(two)
        for count, text in enumerate(texts, 1):
            await asyncio.sleep(0.3)  # every side back in IDLE
            sent = time.monotonic()
            await send(settings_for(mail_server, alice), alice_pw, bob, text)
            for device in (desktop, laptop):
                await device.until(
                    lambda d=device, n=count: len(d.mails) >= n,  # type: ignore[misc]
                    seconds=QUICKLY,
                )
                latencies.append(device.times[count - 1] - sent)
        await asyncio.sleep(1.0)  # a duplicate would come now

    # When both devices MOVE the same mail at the same moment, Dovecot may
    # file two copies (two UIDs, one Message-ID: the backend stores one).
    for device in (desktop, laptop):
        assert list(dict.fromkeys(device.texts())) == texts
        assert {folder for folder, _, _ in device.mails} == {"DeltaChat"}
        uids = [uid for _, uid, _ in device.mails]
        assert uids == sorted(set(uids))  # each UID once, in order
    assert [uid for _, uid, _ in desktop.mails] == [uid for _, uid, _ in laptop.mails]
    assert max(latencies) < QUICKLY, latencies


@pytest.mark.asyncio
async def test_a_mail_another_client_appends_to_the_chat_folder_comes_at_once(
    mail_server: MailServer, mail_user: UserFactory
) -> None:
    bob, bob_pw = mail_user("bob")
    settings = settings_for(mail_server, bob)
    device = Device()
    async with running(device.sync(settings, bob_pw, options=WATCHED)) as sync:
        await until_watching(sync)
        await asyncio.sleep(0.3)
        other = await open_imap(settings, bob_pw)  # e.g. Delta Chat on a phone
        try:
            sent = time.monotonic()
            uid = await other.append(
                "DeltaChat", chat_mail(bob, "carol@mail.test", "from the phone")
            )
            await device.until(lambda: len(device.mails) == 1, seconds=QUICKLY)
            latency = device.times[0] - sent
            # Flags another client sets arrive as fast (a FETCH to the watcher).
            assert uid is not None
            await other.select("DeltaChat")
            await other.store([uid], ["\\Flagged"])
            await device.until(
                lambda: any("\\Flagged" in f for _, _, f in device.flags),
                seconds=QUICKLY,
            )
        finally:
            await other.logout()

    assert device.mails[0][:2] == ("DeltaChat", uid)
    assert device.texts() == ["from the phone"]
    assert latency < QUICKLY


class OneConnectionPerUser(MailServer):
    """The test bed's mail server with a provider's limit: one IMAP connection
    per user (and address), refused at login with ``NO [LIMIT]``."""

    def _dovecot_conf(self) -> str:
        conf = super()._dovecot_conf()
        assert _USER_LIMIT.format(100) in conf
        return conf.replace(_USER_LIMIT.format(100), _USER_LIMIT.format(1))


_USER_LIMIT = "mail_max_userip_connections = {}"


async def save_in_folder(
    server: MailServer, user: str, folder: str, raw: bytes
) -> None:
    """Put a mail into ``folder`` without IMAP (``doveadm save``, as LMTP would)."""
    process = await asyncio.create_subprocess_exec(
        "doveadm",
        "-c",
        str(server.dovecot_config),
        "save",
        "-u",
        user,
        "-m",
        folder,
        stdin=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, errors = await process.communicate(raw)
    assert process.returncode == 0, errors


@pytest.mark.asyncio
async def test_without_a_second_connection_the_chat_folder_is_looked_at_often(
    testbed_pki: TestPki, caplog: pytest.LogCaptureFixture
) -> None:
    server = OneConnectionPerUser(pki=testbed_pki)
    try:
        await asyncio.to_thread(server.start)
        bob = server.add_user("bob", "bob-password")
        settings = settings_for(server, bob)
        device = Device()
        options = SyncOptions(idle_interval=300.0, status_interval=1.0)
        with caplog.at_level(logging.INFO, logger="messenger.protocols.email"):
            async with running(
                device.sync(settings, "bob-password", options=options)
            ) as sync:
                await device.online()
                await asyncio.sleep(1.5)  # the second connection was refused
                sent = time.monotonic()
                raw = chat_mail(bob, "carol@mail.test", "without watcher")
                await save_in_folder(server, bob, "DeltaChat", raw)
                await device.until(lambda: len(device.mails) == 1, seconds=QUICKLY)
                latency = device.times[0] - sent
                watching = sync.watching
    finally:
        await asyncio.to_thread(server.close)

    assert device.texts() == ["without watcher"]
    assert not watching
    assert latency < 1.0 + 1.0  # one status_interval, plus the round
    refusals = [r for r in caplog.records if "[LIMIT]" in r.getMessage()]
    assert 1 <= len(refusals) <= 3  # retried with backoff (1 s, 3 s), no storm
    assert [s for s, _ in device.states] == [
        ConnectionState.CONNECTING,
        ConnectionState.ONLINE,
        ConnectionState.OFFLINE,
    ]


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
