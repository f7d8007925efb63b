# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""RemoteCore: the CoreApi over the wire, its mirror, reconnects and catch-up."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import pytest

from messenger.core.api import Snapshot
from messenger.core.errors import CoreError
from messenger.core.events import ContactsUpdated
from messenger.core.events import CoreLinkChanged
from messenger.core.events import CoreLinkState
from messenger.core.events import Event
from messenger.core.events import MessageAdded
from messenger.core.events import OwnPresenceChanged
from messenger.core.events import SettingChanged
from messenger.core.model import Account
from messenger.core.model import Address
from messenger.core.model import ChatState
from messenger.core.model import Contact
from messenger.core.model import ContactInfo
from messenger.core.model import Conversation
from messenger.core.model import ErrorCode
from messenger.core.model import JsonValue
from messenger.core.model import Message
from messenger.core.model import PresenceUpdate
from messenger.core.model import ProtocolKind
from messenger.core.model import Show
from messenger.core.serial import to_json
from messenger.daemon import wire
from messenger.daemon.client import AttachError
from messenger.daemon.client import AttachFailure
from messenger.daemon.client import LocalTarget
from messenger.daemon.client import RemoteCore
from messenger.daemon.server import CoreServer
from tests.doubles.backend import ScriptedBackend
from tests.doubles.cores import scripted_account
from tests.unit.daemon.conftest import Served
from tests.unit.daemon.raw import JULIET
from tests.unit.daemon.raw import incoming

E = TypeVar("E", bound=Event)
NURSE = Address.parse("nurse@capulet.example")
FAST = (0.01, 0.02, 0.05)


class Recorder:
    """Every event a RemoteCore's bus published, with awaitable conditions."""

    def __init__(self, core: RemoteCore) -> None:
        self.events: list[tuple[int, Event]] = []
        self._changed = asyncio.Event()
        core.events.subscribe_all(self._on)

    def _on(self, seq: int, event: Event) -> None:
        self.events.append((seq, event))
        self._changed.set()

    def of(self, kind: type[E]) -> list[E]:
        return [e for _, e in self.events if isinstance(e, kind)]

    async def until(self, condition: Callable[[], bool], limit: float = 5.0) -> None:
        async with asyncio.timeout(limit):
            while not condition():
                self._changed.clear()
                await self._changed.wait()


def state_of(snapshot: Snapshot) -> object:
    """A snapshot without its sequence number, order-independent."""
    data = to_json(dataclasses.replace(snapshot, seq=0))
    assert isinstance(data, dict)
    return {
        k: sorted(map(str, v)) if isinstance(v, list) else v for k, v in data.items()
    }


async def mirrors(served: Served, remote: RemoteCore) -> None:
    """Wait until the remote mirror equals the core's state."""
    async with asyncio.timeout(5):
        while state_of(await remote.snapshot()) != state_of(  # noqa: ASYNC110 (polls two states)
            await served.core.snapshot()
        ):
            await asyncio.sleep(0.01)


async def roster(backend: ScriptedBackend, *addresses: Address) -> None:
    contacts = [
        Contact(account_id=backend.context.account.id, address=a) for a in addresses
    ]
    await backend.sink.roster_received(contacts, complete=False)


@pytest.mark.asyncio
async def test_every_command_works_remotely(served: Served) -> None:
    ui = await served.attach()
    account = await ui.add_account(
        ProtocolKind.XMPP, "romeo@montague.example", password="pw"
    )
    assert isinstance(account, Account)
    async with asyncio.timeout(5):
        while account.id not in served.recorder.built:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    backend = served.recorder.built[account.id]
    await roster(backend, JULIET)
    await mirrors(served, ui)
    assert isinstance(await ui.update_account(account, password="pw2"), Account)
    await ui.set_account_enabled(account.id, True)
    await ui.disconnect_account(account.id)
    await ui.connect_account(account.id)
    backend = served.recorder.built[account.id]
    await roster(backend, JULIET)
    await ui.set_presence(Show.DND, "busy")
    await ui.report_idle(datetime.now(UTC))
    conversation = await ui.open_conversation(account.id, JULIET)
    assert isinstance(conversation, Conversation)
    sent = await ui.send_message(account.id, JULIET, "hello")
    assert isinstance(sent, Message)
    assert sent.body == "hello"
    assert isinstance(await ui.retry_message(sent.id), Message)
    corrected = await ui.correct_message(sent.id, "hello!")
    assert corrected.body == "hello!"
    await ui.send_chat_state(account.id, JULIET, ChatState.COMPOSING)
    await backend.sink.messages_received([incoming("hi romeo", "s1")])
    history = await ui.fetch_history(conversation.id)
    assert [m.body for m in history] == ["hello!", "hi romeo"]
    await ui.mark_read(conversation.id, history[-1].id)
    found = await ui.search_history("romeo")
    assert [m.body for m in found] == ["hi romeo"]
    await ui.add_contact(account.id, NURSE, name="Nurse", groups=("Capulets",))
    await ui.rename_contact(account.id, JULIET, "Jules")
    await ui.set_contact_groups(account.id, JULIET, ("Love",))
    await ui.answer_subscription(account.id, NURSE, approve=True)
    await ui.set_blocked(account.id, NURSE, blocked=True)
    await ui.remove_contact(account.id, NURSE)
    info = await ui.fetch_contact_info(account.id, JULIET)
    assert isinstance(info, ContactInfo)
    assert info.address == JULIET
    await ui.set_own_avatar(account.id, b"\x89PNG\r\n\x1a\n", "image/png")
    assert await ui.get_avatar(account.id, "0" * 40) is None
    await ui.set_setting("theme", {"dark": True})
    served_snapshot = await ui._call("snapshot")  # the wire method too
    assert served_snapshot.seq == served.core.events.last_seq
    await ui.remove_account(account.id, delete_history=True)
    commands = [c[0] for c in backend.calls]
    for expected in (
        "add_contact",
        "update_contact",
        "answer_subscription",
        "set_blocked",
        "remove_contact",
        "chat_state",
        "correct",
        "own_avatar",
        "read_marker",
    ):
        assert expected in commands
    await mirrors(served, ui)


@pytest.mark.asyncio
async def test_core_errors_arrive_as_core_errors(served: Served) -> None:
    ui = await served.attach()
    with pytest.raises(CoreError) as caught:
        await ui.send_message(Account.__name__, JULIET, "x")  # type: ignore[arg-type]
    assert caught.value.code is ErrorCode.NOT_FOUND


@pytest.mark.asyncio
async def test_the_mirror_follows_everything_the_core_does(served: Served) -> None:
    ui = await served.attach()
    account, backend = await scripted_account(served.core, served.recorder)
    await roster(backend, JULIET, NURSE)
    backend.sink.presences_received(
        [PresenceUpdate(address=JULIET.with_resource("balcony"), show=Show.AWAY)]
    )
    backend.sink.subscription_requested(Address.parse("tybalt@capulet.example"), "hi")
    backend.sink.block_list_received([Address.parse("paris@verona.example")])
    await backend.sink.messages_received([incoming("one", "s1"), incoming("two", "s2")])
    await backend.sink.contacts_removed([NURSE])
    await served.core.set_setting("k", [1, 2])
    await mirrors(served, ui)
    await served.core.answer_subscription(
        account.id, Address.parse("tybalt@capulet.example"), approve=False
    )
    await served.core.remove_account(account.id, delete_history=True)
    await mirrors(served, ui)


@pytest.mark.asyncio
async def test_what_one_ui_does_every_ui_sees(served: Served) -> None:
    account, _ = await scripted_account(served.core, served.recorder)
    first = await served.attach()
    second = await served.attach()
    seen = Recorder(second)
    message = await first.send_message(account.id, JULIET, "from the first UI")
    await seen.until(
        lambda: any(e.message.id == message.id for e in seen.of(MessageAdded))
    )
    await first.set_presence(Show.AWAY, "out")
    await seen.until(
        lambda: any(e.presence.show is Show.AWAY for e in seen.of(OwnPresenceChanged))
    )
    assert (await second.snapshot()).own_presence.show is Show.AWAY


@pytest.mark.asyncio
async def test_a_brief_drop_resumes_without_loss_or_duplicates(served: Served) -> None:
    account, backend = await scripted_account(served.core, served.recorder)
    ui = await served.attach(backoff=FAST)
    seen = Recorder(ui)
    for client in list(served.server._clients):
        client.abort()
    await seen.until(lambda: ui.link is CoreLinkState.RECONNECTING)
    with pytest.raises(CoreError) as caught:
        await ui.set_setting("during", 1)
    assert caught.value.code is ErrorCode.NOT_CONNECTED
    await backend.sink.messages_received([incoming(f"m{n}", f"s{n}") for n in range(5)])
    await seen.until(lambda: ui.link is CoreLinkState.CONNECTED)
    await seen.until(lambda: len(seen.of(MessageAdded)) == 5)
    await asyncio.sleep(0.1)
    assert [e.message.body for e in seen.of(MessageAdded)] == [
        f"m{n}" for n in range(5)
    ]
    states = [e.state for e in seen.of(CoreLinkChanged)]
    assert states == [CoreLinkState.RECONNECTING, CoreLinkState.CONNECTED]
    seqs = [seq for seq, _ in seen.events]
    assert seqs == sorted(seqs)
    assert len(set(seqs)) == len(seqs)
    await mirrors(served, ui)
    assert account.id in {a.id for a in (await ui.snapshot()).accounts}


@pytest.mark.asyncio
async def test_a_restarted_core_is_caught_up_through_ordinary_events(
    served: Served,
) -> None:
    _, backend = await scripted_account(served.core, served.recorder)
    await roster(backend, NURSE)
    await backend.sink.messages_received([incoming("before", "s0")])
    ui = await served.attach(backoff=FAST)
    seen = Recorder(ui)
    old_seq = ui.events.last_seq
    await served.server.close()  # the daemon goes away (clean bye)
    await seen.until(lambda: ui.link is CoreLinkState.RECONNECTING)
    # Meanwhile in the core: a contact comes, one goes, messages arrive.
    await roster(backend, JULIET)
    await backend.sink.contacts_removed([NURSE])
    await backend.sink.messages_received(
        [incoming(f"gap{n}", f"g{n}") for n in range(3)]
    )
    await served.core.set_setting("changed", True)
    restarted = CoreServer(served.core)
    await restarted.serve_unix(str(served.path))
    try:
        await seen.until(lambda: ui.link is CoreLinkState.CONNECTED)
        assert restarted.core_id == ui.core_id
        added = [e.message.body for e in seen.of(MessageAdded)]
        assert added == ["gap0", "gap1", "gap2"]
        assert any(
            JULIET in {c.address for c in e.contacts} for e in seen.of(ContactsUpdated)
        )
        await backend.sink.messages_received([incoming("live", "l1")])
        await seen.until(lambda: len(seen.of(MessageAdded)) == 4)
        await asyncio.sleep(0.05)
        assert [e.message.body for e in seen.of(MessageAdded)][-1] == "live"
        assert len(seen.of(MessageAdded)) == 4
        seqs = [seq for seq, _ in seen.events]
        assert seqs == sorted(seqs)
        assert min(seqs) > old_seq
        await mirrors(served, ui)
    finally:
        await restarted.close()


@pytest.mark.asyncio
async def test_nothing_listening_is_a_clear_attach_error(short_dir: Path) -> None:
    core = RemoteCore(LocalTarget(path=short_dir / "none.sock"))
    with pytest.raises(AttachError) as caught:
        await core.start()
    assert caught.value.failure is AttachFailure.UNREACHABLE
    assert "no core answers" in str(caught.value)
    await core.close()


async def fake_core(path: Path, frames: list[bytes]) -> asyncio.Server:
    """A hostile 'core' that sends ``frames`` whatever the client says."""

    async def on_client(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        for frame in frames:
            writer.write(frame)
        await writer.drain()

    return await asyncio.start_unix_server(on_client, path=str(path))


GREETING = wire.encode_frame(
    {"type": "greeting", "protocol_version": 1, "core_id": "c", "auth": "none"}
)


@pytest.mark.parametrize(
    ("frames", "failure"),
    [
        ([b"HTTP/1.1 200 OK\r\n\r\n"], AttachFailure.PROTOCOL),
        (
            [wire.encode_frame({"type": "greeting", "protocol_version": 2})],
            AttachFailure.PROTOCOL,
        ),
        (
            [
                GREETING,
                wire.encode_frame(
                    {"type": "welcome", "core_id": "c", "snapshot": {"seq": "x"}}
                ),
            ],
            AttachFailure.PROTOCOL,
        ),
        (
            [GREETING, wire.encode_frame({"type": "bye", "reason": "no"})],
            AttachFailure.REFUSED,
        ),
        (
            [GREETING, wire.encode_frame({"type": "event", "seq": 1})],
            AttachFailure.PROTOCOL,
        ),
    ],
)
@pytest.mark.asyncio
async def test_a_hostile_core_cannot_crash_the_client(
    short_dir: Path, frames: list[bytes], failure: AttachFailure
) -> None:
    path = short_dir / "fake.sock"
    server = await fake_core(path, frames)
    core = RemoteCore(LocalTarget(path=path))
    try:
        with pytest.raises(AttachError) as caught:
            await core.start()
        assert caught.value.failure is failure
    finally:
        await core.close()
        server.close()


@pytest.mark.asyncio
async def test_undecodable_events_from_a_core_are_dropped(served: Served) -> None:
    ui = await served.attach()
    seen = Recorder(ui)
    [client] = list(served.server._clients)
    bad_frames: list[dict[str, JsonValue]] = [
        {"type": "event", "seq": 10_000, "event": {"type": "Nope"}},
        {"type": "event", "seq": "x", "event": {"type": "SettingChanged"}},
        {"type": "event", "seq": 10_001, "event": {"type": "SettingChanged", "key": 5}},
        {"type": "response", "id": 999, "result": None},
        {"type": "mystery"},
    ]
    for bad in bad_frames:
        client.send(bad)
    await served.core.set_setting("fine", 1)
    await seen.until(lambda: bool(seen.of(SettingChanged)))
    assert [e.key for e in seen.of(SettingChanged)] == ["fine"]
    assert ui.link is CoreLinkState.CONNECTED
