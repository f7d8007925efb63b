# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The receive path in one process: a burst fed to a client on a fake transport.

``python -m bench.xmpp_receive [--client ours|bare|parse] [--messages N]``

``xmpp_burst`` measures the real thing (a server, TLS, another process), but
on a shared machine its rounds vary by a third, too much to tell a change of a
few per cent. This one feeds the same stanzas Prosody relays in a burst (whole
stanzas, about 16 KiB per read, 2,000 messages a second, an ``<a/>`` for what
we sent after each read, as the server acknowledges) straight into
``data_received`` of

- ``ours``: our ``XmppBackend`` under a ``LocalCore`` with an on-disk
  ``SqliteStore`` (garbage collection paced as in the app), logged in (the
  stream bound, the sender in the roster, so every message gets its
  receipt); a message counts at its ``MessageAdded``;
- ``bare``: slixmpp's ``ClientXMPP`` without plugins counting ``message``
  events, as in ``xmpp_burst``;
- ``parse``: a ``ClientXMPP`` that drops every stanza once parsed (XML parsing
  and the stream's read loop only: the floor under both).

It prints this process's CPU time and the event loop thread's per message
(for ours also the number of store writes and their median size).
No TLS and no socket: compare its figures with each other, not with
``xmpp_burst``'s. With ``--profile FILE`` the measured part runs under
cProfile (for call counts: it slows small functions down a lot); for
instruction counts run it under ``valgrind --tool=callgrind``, which is
exact where the wall clock is noise.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import sys
import tempfile
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from slixmpp import JID
from slixmpp import ClientXMPP

from bench.common import emit
from bench.common import machine
from bench.probes import CountingStore
from bench.xmpp_common import median
from messenger.core.events import MessageAdded
from messenger.core.gc_pacer import GcPacer
from messenger.core.interfaces import BackendContext
from messenger.core.local import LocalCore
from messenger.core.model import Address
from messenger.core.model import ConnectionState
from messenger.core.model import Direction
from messenger.core.model import ProtocolKind
from messenger.protocols.xmpp.backend import XmppBackend
from messenger.protocols.xmpp.mapping import RosterItem
from messenger.storage.secrets import MemorySecretStore

NAME = "xmpp_receive"
OWN = "me@localhost"
SENDER = "sender@localhost"
HEADER = (
    "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/"
    "streams' from='localhost' id='bench' version='1.0'>"
)
READ = 16384  # bytes per read, about one TLS record
RATE = 2000  # messages per second
SETTLE_S = 0.25  # after the last message: trailing work (receipts) counts
TIMEOUT = 120.0

Done = Callable[[], None]
# The sizes of the last measured burst's store writes (ours only).
WRITES: list[int] = []


class Transport:
    """Swallows what the client writes."""

    def __init__(self) -> None:
        self.closed = False

    def write(self, data: bytes) -> None:
        pass

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return default

    def close(self) -> None:
        self.closed = True

    def abort(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed


def relayed_burst(count: int) -> list[bytes]:
    """The burst as the server relays it: sender's full JID, our archive's id."""
    stanzas = []
    for n in range(count):
        mid = f"burst-{n}-{uuid.uuid4().hex[:8]}"
        stanzas.append(
            f"<message type='chat' to='{OWN}' id='{mid}' from='{SENDER}/bench'>"
            f"<body>Burst message {n}: the quick brown fox jumps over the lazy dog"
            "</body><request xmlns='urn:xmpp:receipts'/>"
            "<active xmlns='http://jabber.org/protocol/chatstates'/>"
            "<markable xmlns='urn:xmpp:chat-markers:0'/>"
            f"<origin-id xmlns='urn:xmpp:sid:0' id='{mid}'/>"
            f"<stanza-id xmlns='urn:xmpp:sid:0' by='{OWN}' id='{uuid.uuid4()}'/>"
            "</message>"
        )
    per_read = max(1, READ // len(stanzas[0]))
    return [
        "".join(stanzas[i : i + per_read]).encode() for i in range(0, count, per_read)
    ]


def attach(client: ClientXMPP) -> None:
    """A bound stream without the handshake (as the unit tests' harness does)."""
    client.connection_made(Transport())  # type: ignore[arg-type]
    client.data_received(HEADER)
    client.boundjid = JID(f"{OWN}/messenger")
    client.session_bind_event.set()
    client._session_started = True
    client._run_out_filters = asyncio.ensure_future(client.run_filters())
    plugins: Any = client.plugin
    if "xep_0198" in plugins:
        sm = plugins["xep_0198"]
        sm.enabled_in = sm.enabled_out = True


async def feed(client: ClientXMPP, reads: list[bytes], per_read: float) -> None:
    """Each read at its time; after it, the server's ack of what we sent."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    plugins: Any = client.plugin
    sm = plugins.get("xep_0198", None)
    for n, data in enumerate(reads):
        await asyncio.sleep(max(0.0, start + n * per_read / RATE - loop.time()))
        client.data_received(data)
        if sm is not None and sm.unacked_queue:
            client.data_received(f"<a xmlns='urn:xmpp:sm:3' h='{sm.seq}'/>")


async def timed(
    client: ClientXMPP, count: int, done: asyncio.Future[None], profile: str
) -> tuple[float, float]:
    """(process, loop thread) CPU seconds for the whole burst."""
    reads = relayed_burst(count)
    profiler = cProfile.Profile() if profile else None
    gc.collect()
    cpu, thread = time.process_time(), time.thread_time()
    if profiler is not None:
        profiler.enable()
    await feed(client, reads, count / len(reads))
    async with asyncio.timeout(TIMEOUT):
        await done
    await asyncio.sleep(SETTLE_S)
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile)
    return time.process_time() - cpu, time.thread_time() - thread


def counter(count: int) -> tuple[asyncio.Future[None], Done]:
    done = asyncio.get_running_loop().create_future()
    seen = 0

    def one() -> None:
        nonlocal seen
        seen += 1
        if seen == count and not done.done():
            done.set_result(None)

    return done, one


async def run_ours(count: int, profile: str) -> tuple[float, float]:
    built: list[XmppBackend] = []

    def factory(context: BackendContext) -> XmppBackend:
        backend = XmppBackend(context)
        built.append(backend)

        async def connect() -> None:  # logged in, without a server
            client = backend._new_client("unused")
            attach(client)
            backend._ctx.online = True
            sender = Address.parse(SENDER)
            roster = backend._features.roster
            roster.items[sender] = RosterItem(address=sender, subscription="both")
            context.sink.connection_changed(ConnectionState.ONLINE)

        backend.connect = connect  # type: ignore[method-assign]
        return backend

    with tempfile.TemporaryDirectory(prefix="messenger-bench-") as tmp:
        store = CountingStore(Path(tmp) / "profile.db")
        core = LocalCore(
            store,
            MemorySecretStore(),
            {ProtocolKind.XMPP: factory},
            Path(tmp) / "cache",
        )
        await core.start()
        pacer = GcPacer()  # garbage collection as the app and the daemon pace it
        pacer.start()
        try:
            account = await core.add_account(
                ProtocolKind.XMPP, OWN, password="unused", enabled=False
            )
            await core.connect_account(account.id)
            done, one = counter(count)

            def on_added(event: MessageAdded) -> None:
                if event.message.direction is Direction.INCOMING:
                    one()

            core.events.subscribe(MessageAdded, on_added)
            client = built[0]._ctx.client
            assert client is not None
            writes_start = len(store.writes)
            figures = await timed(client, count, done, profile)
            client.connection_lost(None)  # the fake transport never closes
            WRITES[:] = store.writes[writes_start:]
            return figures
        finally:
            pacer.stop()
            await core.close()


async def run_bare(count: int, profile: str) -> tuple[float, float]:
    client = ClientXMPP(OWN, "unused")
    attach(client)
    done, one = counter(count)

    def on_message(message: Any) -> None:
        if message["type"] == "chat" and message["body"]:
            one()

    client.add_event_handler("message", on_message)
    return await timed(client, count, done, profile)


async def run_parse(count: int, profile: str) -> tuple[float, float]:
    done, one = counter(count)

    class Parser(ClientXMPP):
        def _spawn_event(self, xml: ET.Element) -> None:
            one()

    client = Parser(OWN, "unused")
    attach(client)
    return await timed(client, count, done, profile)


RUNS: dict[str, Callable[[int, str], Coroutine[Any, Any, tuple[float, float]]]] = {
    "ours": run_ours,
    "bare": run_bare,
    "parse": run_parse,
}


def writes() -> dict[str, int | float]:
    if not WRITES:
        return {}
    return {"store_writes": len(WRITES), "median_write": median(WRITES, 1)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m bench.{NAME}")
    parser.add_argument("--client", choices=sorted(RUNS), default="ours")
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", default="", help="cProfile output file")
    args = parser.parse_args(argv)
    if args.messages < 1 or args.rounds < 1:
        parser.error("need --messages >= 1 and --rounds >= 1")
    emit(NAME, "machine", **machine())
    run = RUNS[args.client]
    asyncio.run(run(min(args.messages, 200), ""))  # warm-up: imports, first use
    figures = []
    for _ in range(args.rounds):
        cpu, loop = asyncio.run(run(args.messages, args.profile))
        figures.append((cpu, loop))
        emit(
            NAME,
            "round",
            client=args.client,
            messages=args.messages,
            cpu_per_message_us=round(cpu / args.messages * 1e6, 1),
            loop_thread_cpu_per_message_us=round(loop / args.messages * 1e6, 1),
            **writes(),
        )
    emit(
        NAME,
        "receive",
        client=args.client,
        messages=args.messages,
        rounds=args.rounds,
        cpu_per_message_us=median((c / args.messages * 1e6 for c, _ in figures), 1),
        loop_thread_cpu_per_message_us=median(
            (loop / args.messages * 1e6 for _, loop in figures), 1
        ),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
