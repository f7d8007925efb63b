# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""One daemon, several attached UIs, a peer, Prosody: the acceptance of issue #6."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

from messenger.core.events import AccountStatusChanged
from messenger.core.events import CoreLinkChanged
from messenger.core.events import CoreLinkState
from messenger.core.events import MessageAdded
from messenger.core.model import Account
from messenger.core.model import Address
from messenger.core.model import ConnectionState
from messenger.core.model import DeliveryState
from messenger.core.model import ProtocolKind
from messenger.core.model import Show
from messenger.daemon.client import RemoteCore
from tests.integration.daemon.conftest import TIMEOUT
from tests.integration.daemon.conftest import Attach
from tests.integration.daemon.conftest import Daemon
from tests.integration.daemon.conftest import Watcher
from tests.integration.daemon.conftest import wait_until
from tests.integration.xmpp.helpers import CoreUser
from tests.integration.xmpp.helpers import settings_for
from tests.testbed.fixtures import UserFactory
from tests.testbed.prosody import ProsodyServer


async def online_account(
    ui: RemoteCore, watcher: Watcher, prosody: ProsodyServer, jid: str, password: str
) -> Account:
    """Add the account through a UI (the password goes to the daemon's keyring)."""
    account = await ui.add_account(
        ProtocolKind.XMPP, jid, settings=settings_for(prosody), password=password
    )
    await watcher.until(lambda: is_online(watcher, account))
    return account


def is_online(watcher: Watcher, account: Account) -> bool:
    states = [
        e.status.state
        for e in watcher.of(AccountStatusChanged)
        if e.status.account_id == account.id
    ]
    return bool(states) and states[-1] is ConnectionState.ONLINE


def bodies(watcher: Watcher) -> list[str]:
    return [e.message.body for e in watcher.of(MessageAdded)]


async def peer(
    tmp_path: Path, prosody: ProsodyServer, xmpp_user: UserFactory
) -> CoreUser:
    jid, password = xmpp_user("bob")
    bob = CoreUser(tmp_path / "bob", jid, password)
    await bob.start(settings_for(prosody))
    await bob.wait_state(ConnectionState.ONLINE, past=True)
    return bob


@pytest.mark.asyncio
async def test_two_uis_one_core_and_the_peer(
    attach: Attach, prosody: ProsodyServer, xmpp_user: UserFactory, tmp_path: Path
) -> None:
    bob = await peer(tmp_path, prosody, xmpp_user)
    try:
        first, first_seen = await attach("first")
        second, second_seen = await attach("second")
        jid, password = xmpp_user("alice")
        account = await online_account(first, first_seen, prosody, jid, password)
        await second_seen.until(lambda: is_online(second_seen, account))
        sent = await first.send_message(account.id, bob.address, "from the first UI")
        await second_seen.until(lambda: "from the first UI" in bodies(second_seen))
        received = await bob.wait_for(
            MessageAdded, lambda e: e.message.body == "from the first UI"
        )
        assert received.message.sender.bare == Address.parse(jid)
        await bob.core.send_message(bob.account_id, Address.parse(jid), "reply")
        for seen in (first_seen, second_seen):
            await seen.until(lambda seen=seen: "reply" in bodies(seen))  # type: ignore[misc]
        # Reading in one UI clears the unread count in the other.
        reply = next(
            e.message for e in second_seen.of(MessageAdded) if e.message.body == "reply"
        )
        await second.mark_read(reply.conversation_id, reply.id)
        await first_seen.until(lambda: _unread(first, reply.conversation_id) == 0)
        assert sent.state is DeliveryState.PENDING
        # Presence set in one UI is seen by the other.
        await second.set_presence(Show.DND, "in a meeting")
        await first_seen.until(
            lambda: first._mirror.state.own_presence.show is Show.DND
        )
    finally:
        await bob.close()


def _unread(ui: RemoteCore, conversation_id: int) -> int:
    conversation = ui._mirror.state.conversations.get(conversation_id)  # type: ignore[call-overload]
    return -1 if conversation is None else conversation.unread_count


@pytest.mark.asyncio
async def test_a_late_ui_gets_the_complete_state_and_closing_all_keeps_the_account(
    attach: Attach, prosody: ProsodyServer, xmpp_user: UserFactory, tmp_path: Path
) -> None:
    bob = await peer(tmp_path, prosody, xmpp_user)
    try:
        first, first_seen = await attach("first")
        jid, password = xmpp_user("alice")
        account = await online_account(first, first_seen, prosody, jid, password)
        await first.send_message(account.id, bob.address, "one")
        await bob.wait_for(MessageAdded, lambda e: e.message.body == "one")
        await first.close()  # every UI gone: the account must stay online
        await bob.core.send_message(
            bob.account_id, Address.parse(jid), "while detached"
        )
        await asyncio.sleep(1.0)
        late, _late_seen = await attach("late")
        snapshot = await late.snapshot()
        assert [a.address for a in snapshot.accounts] == [jid]
        [status] = snapshot.statuses
        assert status.state is ConnectionState.ONLINE
        [conversation] = snapshot.conversations
        assert conversation.peer == bob.address
        assert conversation.unread_count == 1
        history = await late.fetch_history(conversation.id)
        # (Ordered by the time each was sent, as the peer's server stamped it.)
        assert sorted(m.body for m in history) == ["one", "while detached"]
        older = await late.fetch_history(
            conversation.id, before=history[-1].id, limit=1
        )
        assert [m.body for m in older] == [history[0].body]
    finally:
        await bob.close()


@pytest.mark.asyncio
async def test_a_killed_daemon_restarts_and_the_ui_catches_up_exactly_once(
    daemon: Daemon,
    attach: Attach,
    prosody: ProsodyServer,
    xmpp_user: UserFactory,
    tmp_path: Path,
) -> None:
    bob = await peer(tmp_path, prosody, xmpp_user)
    try:
        ui, seen = await attach("survivor")
        jid, password = xmpp_user("alice")
        account = await online_account(ui, seen, prosody, jid, password)
        await bob.core.send_message(bob.account_id, Address.parse(jid), "before")
        await seen.until(lambda: "before" in bodies(seen))
        await asyncio.to_thread(daemon.kill)
        await seen.until(lambda: ui.link is CoreLinkState.RECONNECTING)
        for n in range(3):
            await bob.core.send_message(bob.account_id, Address.parse(jid), f"gap {n}")
        await asyncio.sleep(0.5)
        await asyncio.to_thread(daemon.start)
        await seen.until(lambda: ui.link is CoreLinkState.CONNECTED)
        await seen.until(lambda: all(f"gap {n}" in bodies(seen) for n in range(3)))
        await bob.core.send_message(bob.account_id, Address.parse(jid), "after")
        await seen.until(lambda: "after" in bodies(seen))
        await asyncio.sleep(1.0)  # time for a duplicate to show up
        got = bodies(seen)
        assert sorted(got) == sorted(["before", "gap 0", "gap 1", "gap 2", "after"]), (
            got
        )
        links = [e.state for e in seen.of(CoreLinkChanged)]
        assert links[-2:] == [CoreLinkState.RECONNECTING, CoreLinkState.CONNECTED]
        # The restarted core logged in again with the password from the keyring.
        snapshot = await ui.snapshot()
        assert {s.account_id: s.state for s in snapshot.statuses}[account.id] in {
            ConnectionState.ONLINE,
            ConnectionState.CONNECTING,
        }
    finally:
        await bob.close()


@pytest.mark.asyncio
async def test_the_command_line_talks_to_the_running_core(
    daemon: Daemon,
    attach: Attach,
    prosody: ProsodyServer,
    xmpp_user: UserFactory,
    tmp_path: Path,
) -> None:
    bob = await peer(tmp_path, prosody, xmpp_user)
    try:
        ui, seen = await attach("setup")
        jid, password = xmpp_user("alice")
        await online_account(ui, seen, prosody, jid, password)
        watch = subprocess.Popen(  # noqa: ASYNC220 (a background process)
            [
                sys.executable,
                "-m",
                "messenger",
                "watch",
                "--profile",
                str(daemon.profile.root),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=daemon.env,
        )
        try:
            await asyncio.to_thread(
                wait_until,
                lambda: "Client messenger watch@local attached" in daemon.log,
            )
            result = await asyncio.to_thread(
                daemon.cli, "send", jid, str(bob.address), "scripted hello"
            )
            assert result.returncode == 0, result.stderr
            assert result.stdout.startswith(("sent", "delivered"))
            await bob.wait_for(
                MessageAdded, lambda e: e.message.body == "scripted hello"
            )
            result = await asyncio.to_thread(daemon.cli, "status", "away", "lunch")
            assert result.returncode == 0, result.stderr
            assert result.stdout.splitlines()[0] == "away: lunch"
            assert f"{jid}: online" in result.stdout
            await seen.until(lambda: ui._mirror.state.own_presence.show is Show.AWAY)
            result = await asyncio.to_thread(daemon.cli, "contacts", "--json")
            assert result.returncode == 0, result.stderr
            assert isinstance(json.loads(result.stdout), list)
            result = await asyncio.to_thread(
                daemon.cli, "send", "nobody@x.example", "a@b.example", "x"
            )
            assert result.returncode == 2
            assert "no account" in result.stderr
        finally:
            watch.terminate()
            out, err = await asyncio.to_thread(watch.communicate, timeout=TIMEOUT)
        lines = [json.loads(line) for line in out.splitlines()]
        types = [line["event"]["type"] for line in lines]
        assert "MessageAdded" in types, err
        assert "OwnPresenceChanged" in types
        assert all(isinstance(line["seq"], int) for line in lines)
        # A UI that is only a script never counts as detaching.
        assert watch.returncode == 0, err
    finally:
        await bob.close()


def test_no_core_running_is_a_clear_error(
    daemon_env: dict[str, str], tmp_path: Path
) -> None:
    idle = Daemon(tmp_path / "idle", daemon_env)
    result = idle.cli("status")
    assert result.returncode == 1
    assert "no core is running" in result.stderr
