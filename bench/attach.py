# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Attaching a UI to a running core, and how fast events reach attached UIs.

Set-up: a profile with one (disabled) account, ``--contacts`` contacts (5,000)
and ``--conversations`` conversations (200, ``--messages`` each) written
straight into its database, then a real ``python -m messenger daemon`` on it.

- ``attach``: from opening the connection until the UI is usable: the
  snapshot is received and decoded (``RemoteCore.start()`` returns, the
  ``snapshot`` figure) and drawn into the buddy list's item model
  (``ContactTreeModel.load_snapshot``, offscreen Qt, the ``usable`` figure).
  Repeated ``--rounds`` times, each a fresh connection.
- ``ui_to_ui``: one attached UI changes a shared setting, another attached UI
  sees the event; time from the call to the other UI's handler (request over
  the socket, the core storing the setting in SQLite, the event to the other
  UI): what a user sees when an action in one window shows in another.
- ``event``: core -> UI only, in one process: an event published on a core's
  bus (served by ``CoreServer`` on a Unix socket) until a ``RemoteCore``'s bus
  delivers it (encode, socket, decode, mirror, publish).

Latencies are reported as p50/p99 in milliseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

from bench.common import emit
from bench.common import machine
from bench.common import percentile
from messenger.core.events import Event
from messenger.core.events import SettingChanged
from messenger.core.local import LocalCore
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import Contact
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import NewMessage
from messenger.core.model import ProtocolKind
from messenger.daemon.client import LocalTarget
from messenger.daemon.client import RemoteCore
from messenger.daemon.server import CoreServer
from messenger.storage.paths import Profile
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore

NAME = "attach"
READY = "messenger daemon ready "
TIMEOUT = 120.0


async def populate(
    database: Path, contacts: int, conversations: int, messages: int
) -> None:
    """Write an account, its contacts and conversations into a profile database."""
    store = SqliteStore(database)
    await store.open()
    account = Account(
        id=AccountId("bench"),
        protocol=ProtocolKind.XMPP,
        address="bench@example.org",
        enabled=False,  # the benchmark is about attaching, not the network
    )
    await store.save_account(account)
    await store.save_contacts(
        [
            Contact(
                account_id=account.id,
                address=Address(f"contact{n}", "example.org"),
                name=f"Contact {n}",
                groups=(f"Group {n % 20}",),
            )
            for n in range(contacts)
        ]
    )
    start = datetime.now(UTC) - timedelta(days=1)
    own = Address("bench", "example.org")
    batch = []
    for c in range(conversations):
        peer = Address(f"contact{c}", "example.org")
        for m in range(messages):
            incoming = m % 2 == 0
            batch.append(
                NewMessage(
                    account_id=account.id,
                    peer=peer,
                    direction=Direction.INCOMING if incoming else Direction.OUTGOING,
                    sender=peer if incoming else own,
                    body=f"message {m} in conversation {c}",
                    timestamp=start + timedelta(seconds=c * messages + m),
                    state=DeliveryState.RECEIVED if incoming else DeliveryState.SENT,
                    stanza_id=f"s-{c}-{m}",
                )
            )
    await store.add_messages(batch)
    await store.close()


class Daemon:
    def __init__(self, root: Path, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "messenger", "daemon", "--profile", str(root)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith(READY):
            self.process.kill()
            raise RuntimeError(f"the daemon did not start: {line!r}")
        self.socket = Path(line[len(READY) :].strip())
        threading.Thread(target=self.process.stdout.read, daemon=True).start()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(TIMEOUT)


async def attach_rounds(socket: Path, rounds: int) -> tuple[list[float], list[float]]:
    from PySide6.QtWidgets import QApplication

    from messenger.ui.models.contacts import ContactTreeModel

    app = QApplication.instance() or QApplication([])
    snapshots: list[float] = []
    usable: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        ui = RemoteCore(LocalTarget(path=socket), reconnect=False)
        await ui.start()
        snapshot = await ui.snapshot()
        snapshots.append(time.perf_counter() - start)
        model = ContactTreeModel()
        model.load_snapshot(snapshot)
        app.processEvents()
        usable.append(time.perf_counter() - start)
        assert model.rowCount() > 0
        model.deleteLater()
        await ui.close()
    return snapshots, usable


async def ui_to_ui(socket: Path, count: int) -> list[float]:
    """Setting changed by one UI until another UI's handler sees it."""
    sender = RemoteCore(LocalTarget(path=socket), reconnect=False)
    watcher = RemoteCore(LocalTarget(path=socket), reconnect=False)
    await sender.start()
    await watcher.start()
    seen: dict[int, float] = {}
    arrived = asyncio.Event()

    def on_setting(event: SettingChanged) -> None:
        if event.key == "bench.latency" and isinstance(event.value, int):
            seen[event.value] = time.perf_counter()
            arrived.set()

    watcher.events.subscribe(SettingChanged, on_setting)
    latencies = []
    for n in range(count):
        arrived.clear()
        start = time.perf_counter()
        await sender.set_setting("bench.latency", n)
        async with asyncio.timeout(10):
            while n not in seen:
                await arrived.wait()
                arrived.clear()
        latencies.append(seen[n] - start)
    await sender.close()
    await watcher.close()
    return latencies


async def core_to_ui(directory: Path, count: int) -> list[float]:
    """In one process: bus publish -> RemoteCore bus delivery."""
    core = LocalCore(SqliteStore(":memory:"), MemorySecretStore(), {}, directory)
    await core.start()
    server = CoreServer(core)
    socket = directory / "core.sock"
    await server.serve_unix(str(socket))
    ui = RemoteCore(LocalTarget(path=socket), reconnect=False)
    await ui.start()
    stamps: dict[int, float] = {}
    done = asyncio.Event()

    def on_event(_seq: int, event: Event) -> None:
        if isinstance(event, SettingChanged) and isinstance(event.value, int):
            stamps[event.value] = time.perf_counter()
            if len(stamps) == count:
                done.set()

    ui.events.subscribe_all(on_event)
    sent: dict[int, float] = {}
    for n in range(count):
        sent[n] = time.perf_counter()
        core.events.publish(SettingChanged(key="bench", value=n))
        await asyncio.sleep(0.001)  # a steady stream, not one burst
    async with asyncio.timeout(30):
        await done.wait()
    await ui.close()
    await server.close()
    await core.close()
    return [stamps[n] - sent[n] for n in range(count)]


def figures(values: list[float], name: str) -> dict[str, float]:
    return {
        f"{name}_p50_ms": round(percentile(values, 50) * 1000, 2),
        f"{name}_p99_ms": round(percentile(values, 99) * 1000, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench attach", description=__doc__)
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--conversations", type=int, default=200)
    parser.add_argument("--messages", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--events", type=int, default=2000)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    base = Path(tempfile.mkdtemp(prefix="bench-attach-", dir="/tmp"))
    env = dict(
        os.environ,
        XDG_RUNTIME_DIR=str(base / "run"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    (base / "run").mkdir(mode=0o700)
    try:
        profile = Profile(base / "profile")
        profile.ensure()
        asyncio.run(
            populate(profile.database, args.contacts, args.conversations, args.messages)
        )
        daemon = Daemon(profile.root, env)
        try:
            snapshots, usable = asyncio.run(attach_rounds(daemon.socket, args.rounds))
            between = asyncio.run(ui_to_ui(daemon.socket, min(args.events, 500)))
        finally:
            daemon.stop()
        events = asyncio.run(core_to_ui(base, args.events))
    finally:
        shutil.rmtree(base, ignore_errors=True)
    best: Callable[[list[float]], float] = min
    emit(
        NAME,
        "attach",
        contacts=args.contacts,
        conversations=args.conversations,
        rounds=args.rounds,
        snapshot_s=round(best(snapshots), 3),
        snapshot_median_s=round(sorted(snapshots)[len(snapshots) // 2], 3),
        usable_s=round(best(usable), 3),
        usable_median_s=round(sorted(usable)[len(usable) // 2], 3),
        machine=machine(),
    )
    emit(NAME, "ui_to_ui", count=len(between), **figures(between, "latency"))
    emit(NAME, "event", count=len(events), **figures(events, "latency"))
    return 0
