# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``messenger send|status|contacts|watch``: the running core, for scripts and bots.

Each command attaches to the profile's running core (a daemon or the GUI's
embedded core) as a non-UI client (it never counts for ``away_when_detached``),
or with ``--attach HOST:PORT`` to a paired remote core, through the same
``RemoteCore`` and ``CoreApi`` as every UI. Exit status: 0 done, 1 failed (the
message on stderr), 2 usage, 3 (``send``) still queued when the wait ended:
the core sends it once the account is online.

``watch`` prints one JSON object per line: ``{"seq": N, "event": {"type":
..., fields}}`` (``seq`` numbers this watcher's stream; a ``CoreLinkChanged``
line tells of a lost and regained core).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import sys
from collections.abc import Awaitable
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from messenger.core.api import Snapshot
    from messenger.core.model import Account
    from messenger.daemon.client import RemoteCore

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_QUEUED = 3


class ScriptError(Exception):
    """Ends the command with a message and an exit status."""

    def __init__(self, message: str, status: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.status = status


def run_script(
    args: argparse.Namespace,
    root: Path,
    action: Callable[[RemoteCore, argparse.Namespace], Awaitable[int]],
) -> int:
    """Attach, run ``action``, detach; print errors for humans."""
    try:
        return asyncio.run(_attached(args, root, action))
    except ScriptError as exc:
        print(f"messenger {args.command}: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        return 0


async def _attached(
    args: argparse.Namespace,
    root: Path,
    action: Callable[[RemoteCore, argparse.Namespace], Awaitable[int]],
) -> int:
    from messenger.core.errors import CoreError  # noqa: PLC0415
    from messenger.daemon.client import AttachError  # noqa: PLC0415

    core = await _connect(args, root)
    try:
        return await action(core, args)
    except CoreError as exc:
        raise ScriptError(f"the core refused: {exc}") from None
    except AttachError as exc:
        raise ScriptError(str(exc)) from None
    finally:
        await core.close()


async def _connect(args: argparse.Namespace, root: Path) -> RemoteCore:
    from messenger.daemon import attach  # noqa: PLC0415
    from messenger.daemon.client import AttachError  # noqa: PLC0415
    from messenger.daemon.client import LocalTarget  # noqa: PLC0415
    from messenger.daemon.client import RemoteCore  # noqa: PLC0415
    from messenger.daemon.client import RemoteTarget  # noqa: PLC0415
    from messenger.daemon.transport import TransportError  # noqa: PLC0415
    from messenger.storage.paths import Profile  # noqa: PLC0415

    profile = Profile(root)
    watching = args.command == "watch"
    try:
        if args.attach:
            target: LocalTarget | RemoteTarget = await attach.remote_target(
                profile, args.attach
            )
        else:
            if not await asyncio.to_thread(attach.local_core_running, profile):
                raise ScriptError(
                    f"no core is running for the profile {root}: start "
                    "`messenger` or `messenger daemon` first"
                )
            target = attach.local_target(profile)
    except (attach.PairingError, TransportError, ValueError, OSError) as exc:
        raise ScriptError(str(exc)) from None
    core = RemoteCore(
        target, client_name=f"messenger {args.command}", ui=False, reconnect=watching
    )
    try:
        await core.start()
    except AttachError as exc:
        raise ScriptError(str(exc)) from None
    return core


def _find_account(snapshot: Snapshot, text: str) -> Account:
    wanted = text.strip().lower()
    for account in snapshot.accounts:
        if account.id == text or account.address.lower() == wanted:
            return account
    known = ", ".join(a.address for a in snapshot.accounts) or "none"
    raise ScriptError(f"no account {text!r} (accounts: {known})", EXIT_USAGE)


# ---------------------------------------------------------------- send
async def send(core: RemoteCore, args: argparse.Namespace) -> int:
    from messenger.core.events import MessageChanged  # noqa: PLC0415
    from messenger.core.model import Address  # noqa: PLC0415
    from messenger.core.model import DeliveryState  # noqa: PLC0415
    from messenger.core.model import InvalidAddressError  # noqa: PLC0415
    from messenger.core.model import Message  # noqa: PLC0415

    account = _find_account(await core.snapshot(), args.account)
    try:
        peer = Address.parse(args.to)
    except InvalidAddressError as exc:
        raise ScriptError(f"not an address: {args.to!r} ({exc})", EXIT_USAGE) from None
    text = sys.stdin.read() if args.text == "-" else args.text
    changes: dict[int, Message] = {}
    settled = asyncio.Event()
    sent_id: list[int] = []

    def on_change(event: MessageChanged) -> None:
        changes[event.message.id] = event.message
        if sent_id and event.message.id == sent_id[0]:
            settled.set()

    subscription = core.events.subscribe(MessageChanged, on_change)
    try:
        message = await core.send_message(account.id, peer, text)
        sent_id.append(message.id)
        if args.wait > 0 and message.state is DeliveryState.PENDING:
            while changes.get(message.id, message).state is DeliveryState.PENDING:
                settled.clear()
                try:
                    async with asyncio.timeout(args.wait):
                        await settled.wait()
                except TimeoutError:
                    break
    finally:
        subscription.cancel()
    final = changes.get(message.id, message)
    if final.state is DeliveryState.FAILED:
        raise ScriptError(f"sending failed: {final.error or 'no reason given'}")
    if final.state is DeliveryState.PENDING:
        print(
            f"queued (message {final.id}): it is sent when {account.address} is online"
        )
        return EXIT_QUEUED if args.wait > 0 else 0
    print(f"{final.state.value} (message {final.id})")
    return 0


# ---------------------------------------------------------------- status
async def status(core: RemoteCore, args: argparse.Namespace) -> int:
    from messenger.core.model import Show  # noqa: PLC0415

    if args.show:
        await core.set_presence(Show(args.show), args.message)
    snapshot = await core.snapshot()
    presence = snapshot.own_presence
    line = presence.show.value + (f": {presence.status}" if presence.status else "")
    print(line)
    statuses = {s.account_id: s for s in snapshot.statuses}
    for account in snapshot.accounts:
        state = statuses.get(account.id)
        text = state.state.value if state else "unknown"
        if state is not None and state.error is not None:
            text += f" ({state.error.code.value}: {state.error.detail})"
        enabled = "" if account.enabled else " [disabled]"
        print(f"  {account.address}: {text}{enabled}")
    return 0


# ---------------------------------------------------------------- contacts
async def contacts(core: RemoteCore, args: argparse.Namespace) -> int:
    from messenger.core.model import Show  # noqa: PLC0415

    snapshot = await core.snapshot()
    addresses = {a.id: a.address for a in snapshot.accounts}
    best: dict[tuple[str, str], tuple[Show, str]] = {}
    for account_id, update in snapshot.presences:
        key = (account_id, str(update.address.bare))
        if key not in best or update.show.rank < best[key][0].rank:
            best[key] = (update.show, update.status)
    rows = []
    for contact in sorted(snapshot.contacts, key=lambda c: (c.account_id, c.address)):
        show, text = best.get(
            (contact.account_id, str(contact.address)), (Show.OFFLINE, "")
        )
        rows.append(
            {
                "account": addresses.get(contact.account_id, contact.account_id),
                "address": str(contact.address),
                "name": contact.name,
                "groups": list(contact.groups),
                "subscription": contact.subscription.value,
                "show": show.value,
                "status": text,
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        name = f" ({row['name']})" if row["name"] else ""
        status_text = f": {row['status']}" if row["status"] else ""
        print(f"{row['account']}\t{row['address']}{name}\t{row['show']}{status_text}")
    return 0


# ---------------------------------------------------------------- watch
async def watch(core: RemoteCore, args: argparse.Namespace) -> int:
    from messenger.core.events import Event  # noqa: PLC0415
    from messenger.core.serial import event_to_json  # noqa: PLC0415

    done = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(signum, done.set)

    def show(seq: int, event: Event) -> None:
        line = json.dumps(
            {"seq": seq, "event": event_to_json(event)}, ensure_ascii=False
        )
        try:
            print(line, flush=True)
        except (BrokenPipeError, ValueError):  # the reader went away
            done.set()

    subscription = core.events.subscribe_all(show)
    try:
        await done.wait()
    finally:
        subscription.cancel()
    return 0
