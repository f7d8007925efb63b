# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Login with a big roster and many contacts online, against bare slixmpp.

The account has ``--contacts`` contacts (default 2,000, subscription both, in
20 groups); ``--online`` of them (default 500) are logged in with an available
presence. Both are set up without XMPP traffic: accounts and rosters are
written into a fresh Prosody's storage before it starts, and every contact's
roster has the account with subscription both, so Prosody answers the login's
presence probes (available for the bots, ``unavailable`` for the others, as it
does for any offline contact). The online contacts are raw TLS connections in
another process (see ``xmpp_common``), so their CPU time is not counted.

Measured, each on its own fresh Prosody and bots, in turn:

- ``ours``: a ``LocalCore`` over an on-disk SQLite profile (first login: empty
  profile) with the XMPP backend, from ``connect_account`` until the core's
  events (``ContactsUpdated``, ``PresencesChanged``) have brought every contact
  and every online contact's presence; checked against ``snapshot()``.
- ``ours_caps_known``: the same, after another account logged in once with our
  client. Our presence carries XEP-0115 caps; Prosody's mod_pep learns what a
  caps hash means by asking the client (disco#info), and until it knows it asks
  again for every contact our presence reaches: 2,000 queries for the first
  login of a client version after a server start, none later.
- ``bare``: slixmpp's ``ClientXMPP`` without plugins: connect, fetch the roster,
  send presence (no caps), until every online contact's ``presence_available``
  came.

Wall and CPU time of this process (all threads: SQLite's too) until then, and
the CPU time including what still ran in the ``SETTLE_S`` after it (trailing
work such as avatar bookkeeping). Medians over ``--rounds``, with the goals
(<= 1.5 s, <= 0.5 s CPU) and the ratios to bare.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import secrets
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import replace
from pathlib import Path
from typing import Any

import messenger.protocols.xmpp.backend  # noqa: F401 (imported before timing)
from bench.common import emit
from bench.common import machine
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
from bench.xmpp_common import peer_names
from bench.xmpp_common import scram_credentials
from bench.xmpp_common import user_settings
from messenger.core.events import AccountStatusChanged
from messenger.core.events import ContactsUpdated
from messenger.core.events import PresencesChanged
from messenger.core.model import Address
from messenger.core.model import ConnectionState
from messenger.core.model import ProtocolKind
from messenger.core.model import Show
from tests.testbed.certs import TestPki
from tests.testbed.certs import make_test_pki
from tests.testbed.process import make_temp_dir
from tests.testbed.process import remove_dir
from tests.testbed.prosody import ProsodyServer

NAME = "xmpp_login"
GOAL_WALL_S = 1.5
GOAL_CPU_S = 0.5
TIMEOUT = 120.0
# After the login: what the client still does counts in ``trailing_cpu_s``.
SETTLE_S = 0.5
GROUPS = 20
CONTACT_PREFIX = "contact"
PRIMER = "primer"  # logs in first in ``ours_caps_known``
KINDS = ("ours", "ours_caps_known", "bare")


@dataclass(frozen=True, slots=True)
class Size:
    contacts: int
    online: int


@dataclass(frozen=True, slots=True)
class Figures:
    """One login: totals and when the roster and the presences were complete."""

    wall_s: float
    cpu_s: float
    trailing_cpu_s: float
    roster_s: float
    presences_s: float
    contacts: int
    online: int


def populate(size: Size, password: str) -> Callable[[ProsodyData], None]:
    def fill(data: ProsodyData) -> None:
        own = f"{USER}@{data.domain}"
        names = peer_names(CONTACT_PREFIX, size.contacts)
        data.account(USER, scram_credentials(password, USER_ITERATIONS))
        data.roster(
            USER,
            (
                RosterEntry(f"{n}@{data.domain}", f"Contact {i}", f"Group {i % GROUPS}")
                for i, n in enumerate(names)
            ),
        )
        peer = scram_credentials(PEER_PASSWORD, MIN_ITERATIONS)
        data.account(PRIMER, peer)
        for i, name in enumerate(names):
            data.roster(name, [RosterEntry(own, "Me")])
            if i < size.online:
                data.account(name, peer)

    return fill


class Progress:
    """When the roster and the presences were complete (seconds since start)."""

    def __init__(self, size: Size) -> None:
        self.size = size
        self.meter = Meter()
        self.roster_s = 0.0
        self.presences_s = 0.0
        self.done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def roster(self, count: int) -> None:
        if count >= self.size.contacts and not self.roster_s:
            self.roster_s = self.meter.read()[0]
            self._check()

    def presences(self, count: int) -> None:
        if count >= self.size.online and not self.presences_s:
            self.presences_s = self.meter.read()[0]
            self._check()

    def fail(self, reason: str) -> None:
        if not self.done.done():
            self.done.set_exception(RuntimeError(reason))

    def _check(self) -> None:
        if self.roster_s and self.presences_s and not self.done.done():
            self.done.set_result(None)

    async def finish(self, contacts: Callable[[], int]) -> Figures:
        async with asyncio.timeout(TIMEOUT):
            await self.done
        wall, cpu = self.meter.read()
        await asyncio.sleep(SETTLE_S)
        return Figures(
            wall_s=wall,
            cpu_s=cpu,
            trailing_cpu_s=self.meter.read()[1],
            roster_s=self.roster_s,
            presences_s=self.presences_s,
            contacts=contacts(),
            online=0,
        )


# ---------------------------------------------------------------- ours
class CoreWatch:
    """Follows the core's events: contacts, and resources online per contact."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self.contacts: set[Address] = set()
        self.online: dict[Address, set[str]] = {}

    def on_contacts(self, event: ContactsUpdated) -> None:
        self.contacts.update(c.address for c in event.contacts)
        self._progress.roster(len(self.contacts))

    def on_presences(self, event: PresencesChanged) -> None:
        for update in event.updates:
            bare, resource = update.address.bare, update.address.resource
            if update.show is Show.OFFLINE:
                resources = self.online.get(bare, set())
                resources.discard(resource)
                if not resources:
                    self.online.pop(bare, None)
            else:
                self.online.setdefault(bare, set()).add(resource)
        self._progress.presences(len(self.online))

    def on_status(self, event: AccountStatusChanged) -> None:
        if event.status.state is ConnectionState.FAILED:
            self._progress.fail(f"login failed: {event.status}")


async def login_ours(
    server: ProsodyServer, password: str, size: Size, directory: Path
) -> Figures:
    core = await open_core(directory)
    try:
        account = await core.add_account(
            ProtocolKind.XMPP,
            f"{USER}@{server.domain}",
            settings=user_settings(server),
            password=password,
            enabled=False,
        )
        progress = Progress(size)
        watch = CoreWatch(progress)
        core.events.subscribe(ContactsUpdated, watch.on_contacts)
        core.events.subscribe(PresencesChanged, watch.on_presences)
        core.events.subscribe(AccountStatusChanged, watch.on_status)
        gc.collect()
        progress.meter.start()
        await core.connect_account(account.id)
        figures = await progress.finish(lambda: len(watch.contacts))
        snapshot = await core.snapshot()
    finally:
        await core.close()
    online = {u.address.bare for _, u in snapshot.presences}
    return replace(figures, contacts=len(snapshot.contacts), online=len(online))


async def prime_caps(server: ProsodyServer, directory: Path) -> None:
    """Log another account in with our client, so Prosody knows our caps."""
    core = await open_core(directory)
    try:
        await connect_online(core, server, PRIMER, PEER_PASSWORD)
        await asyncio.sleep(SETTLE_S)  # the server's disco#info is answered
    finally:
        await core.close()


# ---------------------------------------------------------------- bare
async def login_bare(server: ProsodyServer, password: str, size: Size) -> Figures:
    client = bare_client(server, f"{USER}@{server.domain}", password)
    progress = Progress(size)
    online: set[str] = set()

    async def on_session_start(_: object) -> None:
        await client.get_roster()
        progress.roster(len(client.client_roster))
        client.send_presence()

    def on_available(presence: Any) -> None:
        if presence["from"].bare != client.boundjid.bare:  # ours, reflected
            online.add(presence["from"].bare)
            progress.presences(len(online))

    client.add_event_handler("session_start", on_session_start)
    client.add_event_handler("presence_available", on_available)
    client.add_event_handler(
        "failed_all_auth", lambda _: progress.fail("bare login failed")
    )
    gc.collect()
    progress.meter.start()
    client.connect(server.host, server.c2s_port)
    try:
        figures = await progress.finish(lambda: len(client.client_roster))
    finally:
        client.abort()
    return replace(figures, online=len(online))


# ---------------------------------------------------------------- rounds
async def login(kind: str, server: ProsodyServer, password: str, size: Size) -> Figures:
    """One login of ``kind``, with a fresh profile in a temp dir."""
    with tempfile.TemporaryDirectory(prefix="messenger-bench-") as tmp:
        if kind == "bare":
            return await login_bare(server, password, size)
        if kind == "ours_caps_known":
            await prime_caps(server, Path(tmp) / PRIMER)
        return await login_ours(server, password, size, Path(tmp) / USER)


def measure(kind: str, size: Size, pki: TestPki, *, report: bool = True) -> Figures:
    """One login of ``kind`` on a fresh Prosody with fresh bots."""
    password = secrets.token_urlsafe(12)
    bots = ("--prefix", CONTACT_PREFIX, "--count", str(size.online))
    with (
        BenchServer(pki, populate(size, password)) as server,
        Peers(server, "bots", *bots) as peers,
    ):
        figures = asyncio.run(login(kind, server, password, size))
    if (figures.contacts, figures.online) != (size.contacts, size.online):
        raise RuntimeError(f"{kind}: expected {size}, got {figures}")
    if report:
        emit(
            NAME,
            "round",
            client=kind,
            wall_s=round(figures.wall_s, 3),
            cpu_s=round(figures.cpu_s, 3),
            trailing_cpu_s=round(figures.trailing_cpu_s, 3),
            roster_s=round(figures.roster_s, 3),
            presences_s=round(figures.presences_s, 3),
            contacts=figures.contacts,
            online=figures.online,
            bots_ready_s=round(peers.ready_seconds, 2),
        )
    return figures


def summary(size: Size, results: dict[str, list[Figures]]) -> None:
    def med(kind: str, field: str) -> float:
        return median(getattr(f, field) for f in results[kind])

    bare_wall, bare_cpu = med("bare", "wall_s"), med("bare", "cpu_s")
    figures: dict[str, object] = {}
    for kind in KINDS:
        wall, cpu = med(kind, "wall_s"), med(kind, "cpu_s")
        figures |= {
            f"{kind}_wall_s": wall,
            f"{kind}_cpu_s": cpu,
            f"{kind}_trailing_cpu_s": med(kind, "trailing_cpu_s"),
            f"{kind}_roster_s": med(kind, "roster_s"),
            f"{kind}_presences_s": med(kind, "presences_s"),
        }
        if kind != "bare":
            figures |= {
                f"{kind}_ratio_wall": round(wall / bare_wall, 2),
                f"{kind}_ratio_cpu": round(cpu / bare_cpu, 2),
                f"{kind}_meets_goal": wall <= GOAL_WALL_S and cpu <= GOAL_CPU_S,
            }
    emit(
        NAME,
        "login",
        contacts=size.contacts,
        online=size.online,
        rounds=len(results["bare"]),
        goal_wall_s=GOAL_WALL_S,
        goal_cpu_s=GOAL_CPU_S,
        **figures,
    )


def run(size: Size, rounds: int, *, warm_up: bool = True) -> None:
    base = make_temp_dir("bench-login")
    try:
        pki = make_test_pki(base / "pki")
        # Warm-up (not reported): lazy imports and first-use set-up of both.
        warm = Size(contacts=min(size.contacts, 10), online=min(size.online, 2))
        for kind in ("ours", "bare") if warm_up else ():
            measure(kind, warm, pki, report=False)
        results: dict[str, list[Figures]] = {kind: [] for kind in KINDS}
        for _ in range(rounds):
            for kind in KINDS:
                results[kind].append(measure(kind, size, pki))
        summary(size, results)
    finally:
        remove_dir(base)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m bench {NAME}")
    parser.add_argument("--contacts", type=int, default=2_000)
    parser.add_argument("--online", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--no-warm-up",
        dest="warm_up",
        action="store_false",
        help="skip the unreported warm-up logins (for smoke tests)",
    )
    args = parser.parse_args(argv)
    if not 0 < args.online <= args.contacts or args.rounds < 1:
        parser.error("need 0 < --online <= --contacts and --rounds >= 1")
    emit(NAME, "machine", **machine())
    emit(
        NAME,
        "setup",
        roster="written into Prosody's storage before start",
        bots="raw XMPP over direct TLS (PLAIN, bind, <presence/>), one process",
        prosody="fresh per measurement",
    )
    run(
        Size(contacts=args.contacts, online=args.online),
        args.rounds,
        warm_up=args.warm_up,
    )
    return 0
