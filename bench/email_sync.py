# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""First sync of a mailbox whose chat folder holds ``--mails`` (10,000) chat mails.

Fill: the mails are built by ``build_chat_message`` (a few senders, every
``--own-every``-th mail one of ours from another device, each answering the
previous one of its chat as a client threads them) and put into the chat
folder of a fresh mailbox on a mail server of the benchmark's own, by
pipelined MULTIAPPEND (RFC 3502) with non-synchronising literals (LITERAL+,
RFC 7888) over plain IMAP on loopback: a few hundred mails per command, all
commands written before the first answer is read. Writing the files straight
into Dovecot's maildir was measured too: 2-5 times faster (about 2 s against
5-10 s for 10,000 on the shared 2-core machine), but it depends on Dovecot's
private layout (Maildir++ folder names, file names with sizes, files owned by
the mail user) and moves Dovecot's indexing into the first SELECT, that is
into the timed sync; APPEND leaves the server as a client's mails would, and
the few seconds it costs are not timed. Building and filling run in a child
process, so none of it counts in this process's memory.

Measured: a fresh core (``LocalCore`` over an on-disk SQLite profile, the
e-mail backend, IMAPS with the test CA) adds the account and connects; the
sync's clock runs from the connect call until the ``--mails``-th
``MessageAdded`` (then every message is in the database; the store's count is
checked at the end). Reported: the time to ONLINE and to the last message,
mails/s, this process's CPU time (all threads) and the database thread's
share, the peak RSS of the process (``ru_maxrss``; before the sync and at
its end), the event-loop lag (a ticker asks to wake every 10 ms: how late it
woke, p99 and max) and the number of ``add_messages`` writes.

``--profile``: the same with cProfile on the event-loop thread, reported as
self time per part (``parse``: the mime package and the stdlib's email
parser; ``read``: mails into messages; ``imap_client``; ``tls_and_sockets``;
``core_and_events``; ``database_hop``: handing work to the database thread;
``asyncio``; ``waiting``: the loop idle in its poll, i.e. waiting for the
server) plus the functions with the most self time (``--profile-out`` keeps
the pstats). The database thread's own work is its CPU figure above.
cProfile slows Python code down two to three times (more for many small
calls), so compare the parts with each other, not with an unprofiled run.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import contextlib
import cProfile
import gc
import multiprocessing
import pstats
import random
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

from bench.common import emit
from bench.common import machine
from bench.common import percentile
from bench.email_latency import connect_online
from bench.email_latency import open_profile
from bench.probes import CountingStore
from bench.probes import LagTicker
from messenger.core.events import MessageAdded
from messenger.protocols.email.mime import Mailbox
from messenger.protocols.email.mime import build_chat_message
from messenger.protocols.email.mime import new_message_id
from tests.testbed.mail import MailServer

NAME = "email_sync"
USER = "me"
PASSWORD = "bench-sync-password"
CHAT_FOLDER = "DeltaChat"  # the e-mail backend's default chat folder
SENDER_DOMAIN = "example.org"
MAILS_PER_APPEND = 250
SYNC_TIMEOUT = 1800.0
FILL_TIMEOUT = 900.0
WORDS = (
    "hello",
    "there",
    "how",
    "are",
    "you",
    "today",
    "tomorrow",
    "meeting",
    "lunch",
    "coffee",
    "train",
    "late",
    "sorry",
    "thanks",
    "great",
    "idea",
    "photos",
    "weekend",
    "plan",
    "call",
    "later",
    "yes",
    "no",
    "maybe",
    "office",
    "home",
    "kids",
    "dinner",
    "book",
    "film",
    "music",
    "garden",
    "weather",
    "rain",
    "sun",
)


# ---------------------------------------------------------------- filling
@dataclass(frozen=True, slots=True, kw_only=True)
class FillJob:
    host: str
    port: int
    address: str
    password: str
    mails: int
    senders: int
    own_every: int
    seed: int = 5


@dataclass(frozen=True, slots=True, kw_only=True)
class FillResult:
    build_s: float
    append_s: float
    mail_bytes: int
    own_mails: int


def chat_mails(job: FillJob) -> list[tuple[bytes, bool]]:
    """The mails (raw, ours?), oldest first, threaded per chat."""
    rng = random.Random(job.seed)
    own = Mailbox(address=job.address, name="Me")
    own_domain = job.address.partition("@")[2]
    peers = [
        Mailbox(address=f"friend{n}@{SENDER_DOMAIN}", name=f"Friend {n}")
        for n in range(job.senders)
    ]
    threads: dict[str, list[str]] = {}
    start = datetime.now(UTC) - timedelta(seconds=10 * job.mails + 3600)
    mails: list[tuple[bytes, bool]] = []
    for n in range(job.mails):
        peer = peers[n % len(peers)]
        ours = job.own_every > 0 and n % job.own_every == job.own_every - 1
        sender, to = (own, peer) if ours else (peer, own)
        thread = threads.setdefault(peer.address, [])
        message_id = new_message_id(own_domain if ours else SENDER_DOMAIN)
        words = rng.choices(WORDS, k=rng.randint(3, 60))
        raw = build_chat_message(
            sender=sender,
            to=[to],
            message_id=message_id,
            date=start + timedelta(seconds=10 * n),
            text=f"{n}: " + " ".join(words),
            in_reply_to=thread[-1] if thread else "",
            references=thread[-5:],
        )
        thread.append(message_id)
        mails.append((raw, ours))
    return mails


class ImapWriter:
    """Just enough raw IMAP to log in and pipeline MULTIAPPENDs (no parser)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self._reader, self._writer = reader, writer
        self._serial = 0
        self.capabilities: set[str] = set()

    def _tag(self) -> str:
        self._serial += 1
        return f"f{self._serial}"

    async def command(self, text: str) -> list[bytes]:
        tag = self._tag()
        self._writer.write(f"{tag} {text}\r\n".encode())
        return await self.answer(tag)

    async def answer(self, tag: str) -> list[bytes]:
        lines: list[bytes] = []
        while True:
            line = await self._reader.readline()
            if not line:
                raise RuntimeError("the IMAP server closed the connection")
            if line.startswith(f"{tag} ".encode()):
                if not line[len(tag) + 1 :].upper().startswith(b"OK"):
                    raise RuntimeError(f"IMAP: {line!r}")
                return lines
            lines.append(line)
            for word in line.upper().split():
                self.capabilities.add(word.decode(errors="replace").strip("[]"))

    async def multiappend(
        self, folder: str, mails: Sequence[tuple[bytes, bool]], per_command: int
    ) -> None:
        for needed in ("MULTIAPPEND", "LITERAL+"):
            if needed not in self.capabilities:
                raise RuntimeError(f"the IMAP server lacks {needed}")
        tags = []
        for start in range(0, len(mails), per_command):
            tag = self._tag()
            parts = [f'{tag} APPEND "{folder}"'.encode()]
            for raw, ours in mails[start : start + per_command]:
                flags = "\\Seen" if ours else ""
                parts.append(f" ({flags}) {{{len(raw)}+}}\r\n".encode() + raw)
            parts.append(b"\r\n")
            self._writer.write(b"".join(parts))
            tags.append(tag)
        await self._writer.drain()
        for tag in tags:
            await self.answer(tag)


async def append_all(job: FillJob, mails: Sequence[tuple[bytes, bool]]) -> None:
    reader, writer = await asyncio.open_connection(job.host, job.port)
    imap = ImapWriter(reader, writer)
    try:
        await imap.answer("*")  # the greeting: "* OK ..."
        await imap.command(f'LOGIN "{job.address}" "{job.password}"')
        await imap.command("CAPABILITY")
        await imap.command(f'CREATE "{CHAT_FOLDER}"')
        await imap.multiappend(CHAT_FOLDER, mails, MAILS_PER_APPEND)
        status = await imap.command(f'STATUS "{CHAT_FOLDER}" (MESSAGES)')
        if f"MESSAGES {len(mails)})".encode() not in b"".join(status):
            raise RuntimeError(f"the chat folder holds {status!r}")
        await imap.command("LOGOUT")
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()


def fill(job: FillJob) -> FillResult:
    """Build the mails and APPEND them (runs in a child process)."""
    started = time.perf_counter()
    mails = chat_mails(job)
    built = time.perf_counter()
    asyncio.run(append_all(job, mails))
    return FillResult(
        build_s=built - started,
        append_s=time.perf_counter() - built,
        mail_bytes=sum(len(raw) for raw, _ in mails),
        own_mails=sum(1 for _, ours in mails if ours),
    )


def fill_in_child(job: FillJob) -> FillResult:
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
        return pool.submit(fill, job).result(timeout=FILL_TIMEOUT)


# ---------------------------------------------------------------- measuring
@dataclass(slots=True)
class Figures:
    online_s: float = 0.0
    first_s: float = 0.0
    last_s: float = 0.0
    cpu_s: float = 0.0
    db_cpu_s: float = 0.0
    rss_before_mb: float = 0.0
    rss_peak_mb: float = 0.0
    stored: int = 0
    writes: list[int] = field(default_factory=list)
    lags: list[float] = field(default_factory=list)
    profile: pstats.Stats | None = None


def peak_rss_mb() -> float:
    """This process's peak resident set size so far (Linux: KiB, macOS: bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


class Progress:
    """Counts ``MessageAdded``; notes the first and the ``expected``-th."""

    def __init__(self, expected: int) -> None:
        self.expected = expected
        self.count = 0
        self.first = self.last = 0.0
        self.done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def added(self, _event: MessageAdded) -> None:
        self.count += 1
        if self.count == 1:
            self.first = time.perf_counter()
        if self.count == self.expected and not self.done.done():
            self.last = time.perf_counter()
            self.done.set_result(None)


async def first_sync(
    server: MailServer, address: str, count: int, directory: Path, *, profile: bool
) -> Figures:
    store = CountingStore(directory / "profile.db")
    me = await open_profile(directory, server, address, PASSWORD, store)
    core = me.core
    figures = Figures()
    try:
        progress = Progress(count)
        core.events.subscribe(MessageAdded, progress.added)
        ticker = LagTicker()
        gc.collect()
        figures.rss_before_mb = peak_rss_mb()
        profiler = cProfile.Profile() if profile else None
        db_start = await store.thread_time()
        ticker.start()
        if profiler is not None:
            profiler.enable()
        started, cpu = time.perf_counter(), time.process_time()
        await connect_online(me)
        figures.online_s = time.perf_counter() - started
        async with asyncio.timeout(SYNC_TIMEOUT):
            await progress.done
        figures.cpu_s = time.process_time() - cpu
        if profiler is not None:
            profiler.disable()
            figures.profile = pstats.Stats(profiler)
        await ticker.stop()
        figures.db_cpu_s = await store.thread_time() - db_start
        figures.first_s = progress.first - started
        figures.last_s = progress.last - started
        figures.rss_peak_mb = peak_rss_mb()
        figures.lags = ticker.lags
        figures.writes = list(store.writes)
        figures.stored = await store.count_messages()
    finally:
        await core.close()
    return figures


# ---------------------------------------------------------------- profile
# Where the self time of a function goes, by the file it is in (first match).
PARTS = (
    ("parse", ("/messenger/protocols/email/mime/", "/lib/python3.11/email/")),
    ("read", ("/messenger/protocols/email/incoming.py", "/email/ids.py")),
    ("groups", ("/messenger/protocols/email/groups.py",)),
    ("imap_client", ("/messenger/protocols/email/", "aioimaplib")),
    ("tls_and_sockets", ("ssl", "selector_events", "socket")),
    ("core_and_events", ("/messenger/core/",)),
    ("database_hop", ("/messenger/storage/", "concurrent/futures", "threading")),
    ("asyncio", ("asyncio",)),
)


def part_of(filename: str, function: str) -> str:
    where = f"{filename}:{function}"
    if "epoll" in where or "select.select" in where:
        return "waiting"  # the loop's poll: idle, or blocked on the server
    for part, needles in PARTS:
        if any(needle in where for needle in needles):
            return part
    return "other"


Function = tuple[str, int, str]
Timing = tuple[int, int, float, float]


def profile_parts(stats: pstats.Stats) -> tuple[dict[str, float], list[str]]:
    """Self seconds per part, and the top functions by self time.

    Built-in functions (``str.lower``, ``re.Pattern.match``, ...) count for
    the parts of their callers, in proportion to the time spent under each.
    """
    table: dict[Function, tuple[int, int, float, float, dict[Function, Timing]]]
    table = stats.stats  # type: ignore[attr-defined]
    parts: dict[str, float] = {}
    rows = []
    for (filename, line, function), (_, _, tottime, _, callers) in table.items():
        name = f"{Path(filename).name}:{line}:{function}"
        part = part_of(filename, function)
        builtin = filename == "~" and part == "other"
        if builtin and callers:
            total = sum(c[3] for c in callers.values()) or 1.0
            for (c_file, _, c_function), c in callers.items():
                share = part_of(c_file, c_function)
                parts[share] = parts.get(share, 0.0) + tottime * c[3] / total
        else:
            parts[part] = parts.get(part, 0.0) + tottime
        rows.append((tottime, "builtin" if builtin else part, name))
    rows.sort(reverse=True)
    top = [f"{t:.3f}s {part} {name}" for t, part, name in rows[:20]]
    return {k: round(v, 3) for k, v in sorted(parts.items())}, top


# ---------------------------------------------------------------- running
def report(
    count: int, filled: FillResult, figures: Figures, profile_out: Path | None
) -> None:
    spread = figures.last_s - figures.first_s
    emit(
        NAME,
        "fill",
        mails=count,
        own_mails=filled.own_mails,
        mean_mail_bytes=round(filled.mail_bytes / count),
        build_s=round(filled.build_s, 2),
        append_s=round(filled.append_s, 2),
        mails_per_s=round(count / filled.append_s),
    )
    emit(
        NAME,
        "first_sync",
        mails=count,
        stored=figures.stored,
        online_s=round(figures.online_s, 3),
        first_message_s=round(figures.first_s, 3),
        all_stored_s=round(figures.last_s, 3),
        mails_per_s=round(count / figures.last_s),
        mails_per_s_first_to_last=round(count / spread) if spread > 0 else None,
        cpu_s=round(figures.cpu_s, 3),
        cpu_ms_per_mail=round(figures.cpu_s / count * 1000, 3),
        db_thread_cpu_s=round(figures.db_cpu_s, 3),
        rss_before_mb=figures.rss_before_mb,
        rss_peak_mb=figures.rss_peak_mb,
        store_writes=len(figures.writes),
        median_write=sorted(figures.writes)[len(figures.writes) // 2]
        if figures.writes
        else 0,
        lag_p99_ms=round(percentile(figures.lags, 99) * 1000, 1)
        if figures.lags
        else None,
        lag_max_ms=round(max(figures.lags) * 1000, 1) if figures.lags else None,
        profiled=figures.profile is not None,
    )
    if figures.profile is not None:
        parts, top = profile_parts(figures.profile)
        emit(NAME, "profile", self_s=parts, top=top)
        if profile_out is not None:
            figures.profile.dump_stats(profile_out)


def run(
    count: int, senders: int, own_every: int, *, profile: bool, out: Path | None
) -> int:
    with MailServer() as server:
        address = server.add_user(USER, PASSWORD)
        job = FillJob(
            host=server.host,
            port=server.imap_port,
            address=address,
            password=PASSWORD,
            mails=count,
            senders=senders,
            own_every=own_every,
        )
        filled = fill_in_child(job)
        with tempfile.TemporaryDirectory(prefix="messenger-bench-") as tmp:
            figures = asyncio.run(
                first_sync(server, address, count, Path(tmp), profile=profile)
            )
    report(count, filled, figures, out)
    if figures.stored != count:
        print(f"stored {figures.stored} messages, expected {count}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m bench {NAME}")
    parser.add_argument("--mails", type=int, default=10_000)
    parser.add_argument("--senders", type=int, default=5)
    parser.add_argument(
        "--own-every",
        type=int,
        default=5,
        help="every N-th mail is one of ours from another device (0: none)",
    )
    parser.add_argument(
        "--profile", action="store_true", help="cProfile the event-loop thread"
    )
    parser.add_argument(
        "--profile-out", type=Path, help="with --profile: save the pstats there"
    )
    args = parser.parse_args(argv)
    if args.mails < 1 or args.senders < 1 or args.own_every < 0:
        parser.error("need --mails >= 1, --senders >= 1, --own-every >= 0")
    emit(NAME, "machine", **machine())
    emit(
        NAME,
        "setup",
        server="tests.testbed MailServer (Dovecot), IMAPS",
        fill="build_chat_message + pipelined MULTIAPPEND, in a child process",
        ours="fresh LocalCore, on-disk SqliteStore, e-mail backend",
        clock="connect call -> the last MessageAdded",
    )
    return run(
        args.mails,
        args.senders,
        args.own_every,
        profile=args.profile,
        out=args.profile_out,
    )
