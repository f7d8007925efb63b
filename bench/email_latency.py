# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Send-to-receive latency of e-mail chat messages on loopback, against a floor.

Two full cores, Alice and Bob (each a ``LocalCore`` over an on-disk SQLite
profile with the e-mail backend), on a mail server of the benchmark's own
(``tests.testbed`` Dovecot + SMTP front, IMAPS and SMTPS with the test CA).
A message's latency is the time from Alice's ``send_message`` call until
Bob's core publishes its ``MessageAdded`` (the message is in his database
then). ``sequential``: the next message is sent when the previous one
arrived; ``burst``: all ``--messages`` are sent back to back, and each one's
latency counts from the burst's start (it also waits for those before it).
Medians and percentiles are over every message of every ``--rounds``.

The floor, measured in the same run on the same server with two other
mailboxes: a bare ``aiosmtplib`` client submits the same mails (built by
``build_chat_message``, to the peer plus a copy to the sender, as ours sends
them) over one kept connection, and a bare ``aioimaplib`` client IDLEs in the
peer's INBOX; a mail's floor latency is its submit call -> the ``EXISTS``
push that announces it. Dovecot holds IDLE pushes back for about 0.5 s, so
the floor is the server's share; ours minus the floor is what our client adds
(sending through the core's queue, and at Bob: moving the mail to the chat
folder, fetching, parsing, storing, the events).

Both latencies are also split at the submission: ``submit`` is the call ->
the server took the mail (ours: Alice's ``MessageChanged`` to SENT; bare: the
submit call returning), the rest is delivery and reception. ``cpu_ms_per_msg``
is this process's CPU time per message over a phase (ours: both cores).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import re
import ssl
import tempfile
import time
from collections.abc import AsyncIterator
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from pathlib import Path

import aioimaplib
import aiosmtplib

import messenger.protocols.email.backend  # noqa: F401 (imported before timing)
from bench.common import emit
from bench.common import machine
from bench.common import percentile
from messenger.core.events import AccountStatusChanged
from messenger.core.events import MessageAdded
from messenger.core.events import MessageChanged
from messenger.core.local import LocalCore
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import ConnectionState
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import JsonValue
from messenger.core.model import ProtocolKind
from messenger.protocols.email.mime import Mailbox
from messenger.protocols.email.mime import build_chat_message
from messenger.protocols.email.mime import new_message_id
from messenger.protocols.registry import email_factory
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from tests.testbed.mail import MailServer

NAME = "email_latency"
MODES = ("sequential", "burst")
TIMEOUT = 60.0
LOGIN_TIMEOUT = 60.0
# Not a short one-liner: a chat message as people write them.
TEXT = "the quick brown fox jumps over the lazy dog, and then it rests a while"
_EXISTS = re.compile(rb"(\d+) EXISTS\b", re.IGNORECASE)


# ---------------------------------------------------------------- shared set-up
def account_settings(server: MailServer) -> dict[str, JsonValue]:
    """Implicit TLS for IMAP and SMTP, trusting the test CA (as users have it)."""
    return {
        "imap_host": server.host,
        "imap_port": server.imaps_port,
        "imap_security": "tls",
        "smtp_host": server.host,
        "smtp_port": server.smtps_port,
        "smtp_security": "tls",
        "ca_file": str(server.ca_file),
    }


@dataclass(frozen=True, slots=True)
class Profile:
    """One of our cores with its store and its e-mail account."""

    core: LocalCore
    store: SqliteStore
    address: Address
    account_id: AccountId


async def open_profile(
    directory: Path,
    server: MailServer,
    address: str,
    password: str,
    store: SqliteStore | None = None,
) -> Profile:
    """A started core over an on-disk SQLite profile in ``directory``, with the
    account added disabled (nothing connects before ``connect_online``)."""
    await asyncio.to_thread(directory.mkdir, parents=True, exist_ok=True)
    store = store or SqliteStore(directory / "profile.db")
    core = LocalCore(
        store,
        MemorySecretStore(),
        {ProtocolKind.EMAIL: email_factory},
        directory / "cache",
    )
    await core.start()
    try:
        account = await core.add_account(
            ProtocolKind.EMAIL,
            address,
            settings=account_settings(server),
            password=password,
            enabled=False,
        )
    except BaseException:
        await core.close()
        raise
    return Profile(
        core=core,
        store=store,
        address=Address.parse(address),
        account_id=account.id,
    )


async def connect_online(profile: Profile) -> None:
    """Connect the profile's account and wait until it is ONLINE."""
    online: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def on_status(event: AccountStatusChanged) -> None:
        state = event.status.state
        if online.done() or event.status.account_id != profile.account_id:
            return
        if state is ConnectionState.ONLINE:
            online.set_result(None)
        elif state is ConnectionState.FAILED:
            online.set_exception(RuntimeError(f"login failed: {event.status}"))

    subscription = profile.core.events.subscribe(AccountStatusChanged, on_status)
    try:
        await profile.core.connect_account(profile.account_id)
        async with asyncio.timeout(LOGIN_TIMEOUT):
            await online
    finally:
        subscription.cancel()


def cpu_ms_per(cpu_s: float, count: int) -> float:
    return round(cpu_s / max(count, 1) * 1000, 2)


# ---------------------------------------------------------------- timelines
@dataclass(slots=True)
class Timeline:
    """When each message was sent, taken by the server and received."""

    count: int
    sent: list[float] = field(default_factory=list)
    submitted: dict[int, float] = field(default_factory=dict)
    arrived: dict[int, float] = field(default_factory=dict)
    cpu_s: float = 0.0
    _waiters: dict[int, asyncio.Future[None]] = field(default_factory=dict)

    def waiter(self, index: int) -> asyncio.Future[None]:
        if index not in self._waiters:
            self._waiters[index] = asyncio.get_running_loop().create_future()
            if index in self.arrived:
                self._waiters[index].set_result(None)
        return self._waiters[index]

    def fail(self, index: int, reason: str) -> None:
        future = self.waiter(index)
        if not future.done():
            future.set_exception(RuntimeError(f"message {index} failed: {reason}"))

    def arrive(self, index: int) -> None:
        if index in self.arrived:
            return
        self.arrived[index] = time.perf_counter()
        future = self._waiters.get(index)
        if future is not None and not future.done():
            future.set_result(None)

    async def wait(self, index: int) -> None:
        async with asyncio.timeout(TIMEOUT):
            await self.waiter(index)

    async def wait_all(self) -> None:
        async with asyncio.timeout(TIMEOUT + self.count * 0.5):
            await asyncio.gather(*(self.waiter(i) for i in range(self.count)))

    def latencies(self) -> list[float]:
        return [self.arrived[i] - self.sent[i] for i in range(self.count)]

    def submits(self) -> list[float]:
        return [self.submitted[i] - self.sent[i] for i in sorted(self.submitted)]


def summary(timeline: Timeline) -> dict[str, float | int]:
    """p50/p99/max of the latencies (seconds), the submit share, CPU."""
    latencies = timeline.latencies()
    submits = timeline.submits()
    figures: dict[str, float | int] = {
        "messages": timeline.count,
        "p50_s": round(percentile(latencies, 50), 4),
        "p99_s": round(percentile(latencies, 99), 4),
        "max_s": round(max(latencies), 4),
        "cpu_ms_per_msg": cpu_ms_per(timeline.cpu_s, timeline.count),
    }
    if submits:
        figures["submit_p50_s"] = round(percentile(submits, 50), 4)
        figures["submit_p99_s"] = round(percentile(submits, 99), 4)
    if len(timeline.arrived) > 1:
        figures["start_to_last_s"] = round(
            max(timeline.arrived.values()) - min(timeline.sent), 3
        )
    return figures


def sent_at(mode: str, start: float) -> float:
    """When a message counts as sent: a burst's messages all at its start
    (each waits for the ones before it), a sequential one at its call."""
    return start if mode == "burst" else time.perf_counter()


def body_index(body: str, tag: str) -> int | None:
    """The index in a benchmark message's text ``<tag> <index>: ...``."""
    head, _, _ = body.partition(":")
    prefix, _, number = head.rpartition(" ")
    return int(number) if prefix == tag and number.isdigit() else None


# ---------------------------------------------------------------- ours
class Pair:
    """Alice and Bob, connected; each run follows one tag through their events."""

    def __init__(self, alice: Profile, bob: Profile) -> None:
        self.alice, self.bob = alice, bob
        self._tag = ""
        self._timeline: Timeline | None = None
        alice.core.events.subscribe(MessageChanged, self._on_changed)
        bob.core.events.subscribe(MessageAdded, self._on_added)

    def _index(self, body: str) -> int | None:
        return body_index(body, self._tag) if self._timeline else None

    def _on_changed(self, event: MessageChanged) -> None:
        message = event.message
        index = self._index(message.body)
        if index is None or self._timeline is None:
            return
        if message.state is DeliveryState.SENT:
            self._timeline.submitted.setdefault(index, time.perf_counter())
        elif message.state is DeliveryState.FAILED:
            self._timeline.fail(index, message.error)

    def _on_added(self, event: MessageAdded) -> None:
        index = self._index(event.message.body)
        if event.message.direction is Direction.INCOMING and index is not None:
            assert self._timeline is not None
            self._timeline.arrive(index)

    async def run(self, mode: str, count: int, tag: str) -> Timeline:
        timeline = Timeline(count)
        self._tag, self._timeline = tag, timeline
        alice, peer = self.alice, self.bob.address
        cpu, start = time.process_time(), time.perf_counter()
        for index in range(count):
            timeline.sent.append(sent_at(mode, start))
            await alice.core.send_message(
                alice.account_id, peer, f"{tag} {index}: {TEXT}"
            )
            if mode == "sequential":
                await timeline.wait(index)
        await timeline.wait_all()
        timeline.cpu_s = time.process_time() - cpu
        self._timeline = None
        return timeline


@contextlib.asynccontextmanager
async def our_pair(
    server: MailServer, users: Sequence[tuple[str, str]], directory: Path
) -> AsyncIterator[Pair]:
    profiles: list[Profile] = []
    try:
        for n, (address, password) in enumerate(users):
            profile = await open_profile(
                directory / f"user{n}", server, address, password
            )
            profiles.append(profile)
        await asyncio.gather(*(connect_online(p) for p in profiles))
        yield Pair(profiles[0], profiles[1])
    finally:
        for profile in profiles:
            await profile.core.close()


# ---------------------------------------------------------------- bare
class BareReceiver:
    """aioimaplib IDLE in INBOX; notes when the EXISTS count reaches each value."""

    def __init__(self, server: MailServer, address: str, password: str) -> None:
        self._server, self._address, self._password = server, address, password
        self._imap: aioimaplib.IMAP4_SSL | None = None
        self._task: asyncio.Task[None] | None = None
        self._idle: asyncio.Future[object] | None = None
        self.exists = 0
        self.listener: Timeline | None = None
        self.offset = 0

    async def start(self) -> None:
        context = ssl.create_default_context(cafile=str(self._server.ca_file))
        imap = aioimaplib.IMAP4_SSL(
            self._server.host, self._server.imaps_port, ssl_context=context
        )
        self._imap = imap
        await imap.wait_hello_from_server()
        await imap.login(self._address, self._password)
        selected = await imap.select("INBOX")
        for line in selected.lines:
            if isinstance(line, bytes) and (found := _EXISTS.search(line)):
                self.exists = int(found.group(1))
        self._idle = await imap.idle_start()
        self._task = asyncio.create_task(self._listen(imap), name="bare-idle")

    async def _listen(self, imap: aioimaplib.IMAP4_SSL) -> None:
        while True:
            lines = await imap.wait_server_push()
            if not isinstance(lines, list):
                return  # told to stop
            for line in lines:
                if isinstance(line, bytes) and (found := _EXISTS.search(line)):
                    self._count(int(found.group(1)))

    def _count(self, exists: int) -> None:
        timeline, previous = self.listener, self.exists
        self.exists = max(self.exists, exists)
        if timeline is None:
            return
        for total in range(previous + 1, self.exists + 1):
            timeline.arrive(total - self.offset - 1)

    async def close(self) -> None:
        imap = self._imap
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if imap is not None:
            with contextlib.suppress(Exception):
                if imap.has_pending_idle():
                    imap.idle_done()
                    if self._idle is not None:
                        await asyncio.wait_for(self._idle, 5.0)
                await imap.logout()


class BarePair:
    """A bare SMTP sender and a bare IDLE receiver (the floor)."""

    def __init__(
        self, server: MailServer, sender: tuple[str, str], peer: tuple[str, str]
    ) -> None:
        self._server = server
        self._sender, self._peer = sender, peer
        self.receiver = BareReceiver(server, *peer)
        self._smtp: aiosmtplib.SMTP | None = None

    async def start(self) -> None:
        context = ssl.create_default_context(cafile=str(self._server.ca_file))
        smtp = aiosmtplib.SMTP(
            hostname=self._server.host,
            port=self._server.smtps_port,
            use_tls=True,
            tls_context=context,
            local_hostname="[127.0.0.1]",
        )
        await smtp.connect()
        await smtp.login(*self._sender)
        self._smtp = smtp
        await self.receiver.start()

    def mails(self, count: int, tag: str) -> list[bytes]:
        """The mails, as ours builds them (built before the clock starts)."""
        own, peer = self._sender[0], self._peer[0]
        domain = own.partition("@")[2]
        return [
            build_chat_message(
                sender=Mailbox(address=own),
                to=[Mailbox(address=peer)],
                message_id=new_message_id(domain),
                date=datetime.now(UTC),
                text=f"{tag} {index}: {TEXT}",
            )
            for index in range(count)
        ]

    async def run(self, mode: str, count: int, tag: str) -> Timeline:
        assert self._smtp is not None
        mails = self.mails(count, tag)
        timeline = Timeline(count)
        receiver = self.receiver
        receiver.offset, receiver.listener = receiver.exists, timeline
        own, peer = self._sender[0], self._peer[0]
        cpu, start = time.process_time(), time.perf_counter()
        for index, raw in enumerate(mails):
            timeline.sent.append(sent_at(mode, start))
            await self._smtp.sendmail(own, [peer, own], raw)
            timeline.submitted[index] = time.perf_counter()
            if mode == "sequential":
                await timeline.wait(index)
        await timeline.wait_all()
        timeline.cpu_s = time.process_time() - cpu
        receiver.listener = None
        return timeline

    async def close(self) -> None:
        await self.receiver.close()
        if self._smtp is not None:
            with contextlib.suppress(aiosmtplib.SMTPException, OSError):
                await self._smtp.quit()


# ---------------------------------------------------------------- rounds
@dataclass(slots=True)
class Results:
    ours: dict[str, list[Timeline]] = field(default_factory=dict)
    bare: dict[str, list[Timeline]] = field(default_factory=dict)


async def measure(
    server: MailServer,
    users: Sequence[tuple[str, str]],
    count: int,
    rounds: int,
    *,
    warm_up: bool,
) -> Results:
    results = Results()
    with tempfile.TemporaryDirectory(prefix="messenger-bench-") as tmp:
        bare = BarePair(server, users[2], users[3])
        await bare.start()
        try:
            async with our_pair(server, users[:2], Path(tmp)) as ours:
                if warm_up:  # connections, folders, first-use imports
                    await ours.run("sequential", 2, "warm-up")
                    await bare.run("sequential", 2, "warm-up")
                for n in range(rounds):
                    for mode in MODES:
                        for kind, client in (("bare", bare), ("ours", ours)):
                            timeline = await client.run(mode, count, f"{mode}-{n}")
                            report_round(kind, mode, timeline)
                            target = results.bare if kind == "bare" else results.ours
                            target.setdefault(mode, []).append(timeline)
        finally:
            await bare.close()
    return results


def report_round(kind: str, mode: str, timeline: Timeline) -> None:
    emit(NAME, "round", client=kind, mode=mode, **summary(timeline))


def pooled(timelines: list[Timeline]) -> Timeline:
    """All rounds' messages as one timeline (percentiles over every message)."""
    total = Timeline(sum(t.count for t in timelines))
    offset = 0
    for timeline in timelines:
        total.sent.extend(timeline.sent)
        for index, stamp in timeline.submitted.items():
            total.submitted[offset + index] = stamp
        for index, stamp in timeline.arrived.items():
            total.arrived[offset + index] = stamp
        total.cpu_s += timeline.cpu_s
        offset += timeline.count
    return total


def report(results: Results) -> None:
    for mode in MODES:
        ours = summary(pooled(results.ours[mode]))
        bare = summary(pooled(results.bare[mode]))
        added = {
            f"ours_added_{key[:-2]}_ms": round((ours[key] - bare[key]) * 1000, 1)
            for key in ("p50_s", "p99_s")
        }
        emit(
            NAME,
            mode,
            messages=ours["messages"],
            ours_p50_s=ours["p50_s"],
            ours_p99_s=ours["p99_s"],
            ours_max_s=ours["max_s"],
            bare_p50_s=bare["p50_s"],
            bare_p99_s=bare["p99_s"],
            bare_max_s=bare["max_s"],
            **added,
            ours_submit_p50_s=ours["submit_p50_s"],
            bare_submit_p50_s=bare["submit_p50_s"],
            ours_cpu_ms_per_msg=ours["cpu_ms_per_msg"],
            bare_cpu_ms_per_msg=bare["cpu_ms_per_msg"],
        )


def run(count: int, rounds: int, *, warm_up: bool = True) -> None:
    with MailServer() as server:
        users = [
            (server.add_user(name, f"bench-{name}-pw"), f"bench-{name}-pw")
            for name in ("alice", "bob", "carol", "dave")
        ]
        results = asyncio.run(measure(server, users, count, rounds, warm_up=warm_up))
    report(results)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m bench {NAME}")
    parser.add_argument("--messages", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument(
        "--no-warm-up",
        dest="warm_up",
        action="store_false",
        help="skip the unreported warm-up messages (for smoke tests)",
    )
    args = parser.parse_args(argv)
    if args.messages < 1 or args.rounds < 1:
        parser.error("need --messages >= 1 and --rounds >= 1")
    emit(NAME, "machine", **machine())
    emit(
        NAME,
        "setup",
        server="tests.testbed MailServer (Dovecot + SMTP front), IMAPS/SMTPS",
        ours="two LocalCores, on-disk SqliteStore, e-mail backend, one process",
        bare="aiosmtplib submit over a kept connection -> aioimaplib IDLE EXISTS",
        latency="send call -> MessageAdded at the peer (bare: -> EXISTS push)",
    )
    run(args.messages, args.rounds, warm_up=args.warm_up)
    return 0
