# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""An incoming burst of ``--messages`` (default 10,000), against bare slixmpp.

A contact (subscription both) sends the burst from another process as fast as
its socket takes it: a raw XMPP connection writing prepared stanzas, by default
as a modern client sends them (receipt request, chat state, markable,
origin-id; ``--payload plain``: body only), or with ``--pace N`` at N messages
a second, in chunks of a hundredth of a second's worth, so that both clients
get the burst at the same pace (flat out, the server relays it to ours at
about half the pace, because it also carries a receipt back for each
message). The account is logged in and idle when the "go" is given; the
burst then goes through a fresh Prosody (one per measurement), which archives
every message.

Measured, alternating:

- ours: a ``LocalCore`` over an on-disk SQLite profile with the XMPP backend,
  garbage collection paced as the app and the daemon pace it
  (``messenger.core.gc_pacer``); a message counts when its ``MessageAdded``
  event is published (it is in the database then), and the conversation's
  unread count is checked at the end;
- bare: slixmpp's ``ClientXMPP`` without plugins counting ``message`` events.

For both: the time from the first to the last message, from "go" to the last
one, the event-loop lag (a ticker asks to wake every 10 ms; how late it woke,
p99 and max while the burst lasted) and this process's CPU time per 1,000
messages, from "go" until ``SETTLE_S`` after the last message (so trailing
work, such as receipts and bookmarks, counts). Medians over ``--rounds``; the
goal is CPU ours/bare <= 1.5.

The event loop thread's own CPU time is reported too (slixmpp, our handlers,
the core, events); for ours also the database thread's (every SQL statement
runs there), with the number of ``add_messages`` writes the burst became and
their median size. ``bench.xmpp_receive`` measures the loop's side without a
server, for comparing changes.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import secrets
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import replace
from pathlib import Path
from typing import Any

import messenger.protocols.xmpp.backend  # noqa: F401 (imported before timing)
from bench.common import emit
from bench.common import machine
from bench.common import percentile
from bench.probes import CountingStore
from bench.probes import LagTicker
from bench.xmpp_common import MIN_ITERATIONS
from bench.xmpp_common import PEER_PASSWORD
from bench.xmpp_common import USER
from bench.xmpp_common import USER_ITERATIONS
from bench.xmpp_common import BenchServer
from bench.xmpp_common import Meter
from bench.xmpp_common import Peers
from bench.xmpp_common import ProsodyData
from bench.xmpp_common import RosterEntry
from bench.xmpp_common import bare_client
from bench.xmpp_common import connect_online
from bench.xmpp_common import median
from bench.xmpp_common import open_core
from bench.xmpp_common import profile_path
from bench.xmpp_common import scram_credentials
from messenger.core.events import MessageAdded
from messenger.core.gc_pacer import GcPacer
from messenger.core.model import Direction
from tests.testbed.certs import TestPki
from tests.testbed.certs import make_test_pki
from tests.testbed.process import make_temp_dir
from tests.testbed.process import remove_dir
from tests.testbed.prosody import DOMAIN
from tests.testbed.prosody import ProsodyServer

NAME = "xmpp_burst"
GOAL_CPU_RATIO = 1.5
# STYLE.md 8.5: a callback slower than this is logged in development.
SLOW_CALLBACK_MS = 50
SENDER = "sender"
TIMEOUT = 180.0
# After login: the archive catch-up (empty on a fresh server) finishes.
IDLE_S = 0.5
# After the last message: trailing work (receipts, bookmarks) still counts.
SETTLE_S = 0.25


@dataclass(frozen=True, slots=True)
class Figures:
    first_to_last_s: float
    go_to_last_s: float
    cpu_s: float
    lags: list[float]
    received: int
    # CPU time of the event loop's thread alone.
    loop_cpu_s: float = 0.0
    # Ours only: CPU time of the database thread, and the size of each write.
    db_cpu_s: float = 0.0
    writes: tuple[int, ...] = ()


def populate(password: str) -> Callable[[ProsodyData], None]:
    def fill(data: ProsodyData) -> None:
        own, sender = f"{USER}@{data.domain}", f"{SENDER}@{data.domain}"
        data.account(USER, scram_credentials(password, USER_ITERATIONS))
        data.roster(USER, [RosterEntry(sender, "Sender")])
        data.account(SENDER, scram_credentials(PEER_PASSWORD, MIN_ITERATIONS))
        data.roster(SENDER, [RosterEntry(own, "Me")])

    return fill


class Burst:
    """Times one burst: "go", each message, the lag ticker, the CPU meter."""

    def __init__(self, expected: int) -> None:
        self.expected = expected
        self.count = 0
        self.meter = Meter()
        self.ticker = LagTicker()
        self.first_s = 0.0
        self.last_s = 0.0
        self.loop_start = 0.0
        self.ticks_at_last = 0
        self.done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def go(self, peers: Peers) -> None:
        self.ticker.start()
        gc.collect()
        self.meter.start()
        self.loop_start = time.thread_time()
        peers.go()

    def received(self) -> None:
        self.count += 1
        if self.count == 1:
            self.first_s = self.meter.read()[0]
        if self.count == self.expected:
            self.last_s = self.meter.read()[0]
            self.ticks_at_last = len(self.ticker.lags)
            if not self.done.done():
                self.done.set_result(None)

    async def finish(self) -> Figures:
        async with asyncio.timeout(TIMEOUT):
            await self.done
        await asyncio.sleep(SETTLE_S)
        cpu = self.meter.read()[1]
        loop_cpu = time.thread_time() - self.loop_start
        await self.ticker.stop()
        return Figures(
            first_to_last_s=self.last_s - self.first_s,
            go_to_last_s=self.last_s,
            cpu_s=cpu,
            lags=self.ticker.lags[: max(self.ticks_at_last, 1)],
            received=self.count,
            loop_cpu_s=loop_cpu,
        )


# ---------------------------------------------------------------- ours
async def burst_ours(
    server: ProsodyServer, password: str, peers: Peers, directory: Path, count: int
) -> Figures:
    store = CountingStore(profile_path(directory))
    core = await open_core(directory, store)
    pacer = GcPacer()  # garbage collection as the app and the daemon pace it
    pacer.start()
    try:
        await connect_online(core, server, USER, password)
        await asyncio.sleep(IDLE_S)
        burst = Burst(count)

        def on_added(event: MessageAdded) -> None:
            if event.message.direction is Direction.INCOMING:
                burst.received()

        core.events.subscribe(MessageAdded, on_added)
        db_start, writes_start = await store.thread_time(), len(store.writes)
        burst.go(peers)
        figures = await burst.finish()
        db_cpu = await store.thread_time() - db_start
        snapshot = await core.snapshot()
    finally:
        pacer.stop()
        await core.close()
    unread = sum(c.unread_count for c in snapshot.conversations)
    if unread != count:
        raise RuntimeError(f"ours: {unread} unread messages, expected {count}")
    return replace(figures, db_cpu_s=db_cpu, writes=tuple(store.writes[writes_start:]))


# ---------------------------------------------------------------- bare
async def burst_bare(
    server: ProsodyServer, password: str, peers: Peers, count: int
) -> Figures:
    client = bare_client(server, f"{USER}@{server.domain}", password)
    started = asyncio.get_running_loop().create_future()
    burst = Burst(count)

    def on_session_start(_: object) -> None:
        client.send_presence()
        if not started.done():
            started.set_result(None)

    def on_message(message: Any) -> None:
        if message["type"] == "chat" and message["body"]:
            burst.received()

    client.add_event_handler("session_start", on_session_start)
    client.add_event_handler("message", on_message)
    client.connect(server.host, server.c2s_port)
    try:
        async with asyncio.timeout(TIMEOUT):
            await started
        await asyncio.sleep(IDLE_S)
        burst.go(peers)
        return await burst.finish()
    finally:
        client.abort()


# ---------------------------------------------------------------- rounds
async def burst(
    kind: str, server: ProsodyServer, password: str, peers: Peers, count: int
) -> Figures:
    """One burst to ``kind`` (ours with a fresh profile in a temp dir)."""
    if kind == "bare":
        return await burst_bare(server, password, peers, count)
    with tempfile.TemporaryDirectory(prefix="messenger-bench-") as tmp:
        return await burst_ours(server, password, peers, Path(tmp), count)


def measure(
    kind: str,
    count: int,
    payload: str,
    pki: TestPki,
    *,
    report: bool = True,
    pace: int = 0,
) -> Figures:
    """One burst to ``kind`` through a fresh Prosody."""
    password = secrets.token_urlsafe(12)
    sender = (
        *("--prefix", SENDER, "--to", f"{USER}@{DOMAIN}"),
        *("--messages", str(count), "--payload", payload, "--pace", str(pace)),
    )
    with (
        BenchServer(pki, populate(password)) as server,
        Peers(server, "send", *sender) as peers,
    ):
        figures = asyncio.run(burst(kind, server, password, peers, count))
    if report:
        spread = figures.first_to_last_s
        store = (
            {
                "db_thread_cpu_per_1000_s": round(figures.db_cpu_s / count * 1000, 4),
                "store_writes": len(figures.writes),
                "median_write": statistics.median(figures.writes),
            }
            if figures.writes
            else {}
        )
        emit(
            NAME,
            "round",
            client=kind,
            messages=figures.received,
            first_to_last_s=round(spread, 3),
            go_to_last_s=round(figures.go_to_last_s, 3),
            messages_per_s=round(count / spread) if spread else None,
            cpu_per_1000_s=round(figures.cpu_s / count * 1000, 4),
            loop_thread_cpu_per_1000_s=round(figures.loop_cpu_s / count * 1000, 4),
            lag_p99_ms=round(percentile(figures.lags, 99) * 1000, 1),
            lag_max_ms=round(max(figures.lags) * 1000, 1),
            **store,
        )
    return figures


def report(
    count: int, payload: str, ours: list[Figures], bare: list[Figures], pace: int = 0
) -> None:
    def cpu_per_1000(figures: list[Figures]) -> float:
        return median((f.cpu_s / count * 1000 for f in figures), 4)

    def loop_cpu_per_1000(figures: list[Figures]) -> float:
        return median((f.loop_cpu_s / count * 1000 for f in figures), 4)

    def lag_p99_ms(figures: list[Figures]) -> float:
        return median(percentile(f.lags, 99) * 1000 for f in figures)

    ours_cpu, bare_cpu = cpu_per_1000(ours), cpu_per_1000(bare)
    ratio = round(ours_cpu / bare_cpu, 2)
    emit(
        NAME,
        "burst",
        messages=count,
        payload=payload,
        pace=pace or "as fast as the server relays",
        rounds=len(ours),
        ours_first_to_last_s=median(f.first_to_last_s for f in ours),
        ours_go_to_last_s=median(f.go_to_last_s for f in ours),
        ours_lag_p99_ms=lag_p99_ms(ours),
        slow_callback_ms=SLOW_CALLBACK_MS,
        ours_cpu_per_1000_s=ours_cpu,
        ours_loop_thread_cpu_per_1000_s=loop_cpu_per_1000(ours),
        ours_db_thread_cpu_per_1000_s=median(
            (f.db_cpu_s / count * 1000 for f in ours), 4
        ),
        ours_store_writes=median(len(f.writes) for f in ours),
        bare_first_to_last_s=median(f.first_to_last_s for f in bare),
        bare_go_to_last_s=median(f.go_to_last_s for f in bare),
        bare_lag_p99_ms=lag_p99_ms(bare),
        bare_cpu_per_1000_s=bare_cpu,
        bare_loop_thread_cpu_per_1000_s=loop_cpu_per_1000(bare),
        ratio_cpu=ratio,
        goal_ratio_cpu=GOAL_CPU_RATIO,
        meets_goal=ratio <= GOAL_CPU_RATIO,
    )


def run(
    count: int, payload: str, rounds: int, *, warm_up: bool = True, pace: int = 0
) -> None:
    base = make_temp_dir("bench-burst")
    try:
        pki = make_test_pki(base / "pki")
        # Warm-up (not reported): lazy imports and first-use set-up of both.
        for kind in ("ours", "bare") if warm_up else ():
            measure(kind, min(count, 50), payload, pki, report=False)
        ours: list[Figures] = []
        bare: list[Figures] = []
        for _ in range(rounds):
            ours.append(measure("ours", count, payload, pki, pace=pace))
            bare.append(measure("bare", count, payload, pki, pace=pace))
        report(count, payload, ours, bare, pace)
    finally:
        remove_dir(base)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m bench {NAME}")
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--payload", choices=["client", "plain"], default="client")
    parser.add_argument(
        "--pace",
        type=int,
        default=0,
        help="send at this many messages a second (default: as fast as possible)",
    )
    parser.add_argument(
        "--no-warm-up",
        dest="warm_up",
        action="store_false",
        help="skip the unreported warm-up bursts (for smoke tests)",
    )
    args = parser.parse_args(argv)
    if args.messages < 1 or args.rounds < 1 or args.pace < 0:
        parser.error("need --messages >= 1, --rounds >= 1 and --pace >= 0")
    emit(NAME, "machine", **machine())
    emit(
        NAME,
        "setup",
        sender="raw XMPP over direct TLS, prepared stanzas, another process",
        store="on-disk SqliteStore in a temp dir",
        prosody="fresh per measurement",
    )
    run(args.messages, args.payload, args.rounds, warm_up=args.warm_up, pace=args.pace)
    return 0
