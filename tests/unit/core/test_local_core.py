# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""LocalCore against the real SQLite store and a scripted backend."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from collections.abc import Callable
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest
import pytest_asyncio

from messenger.core.errors import CoreError
from messenger.core.events import AccountAdded
from messenger.core.events import AccountRemoved
from messenger.core.events import AccountStatusChanged
from messenger.core.events import ContactsRemoved
from messenger.core.events import ContactsUpdated
from messenger.core.events import ConversationRemoved
from messenger.core.events import ConversationUpdated
from messenger.core.events import Event
from messenger.core.events import MessageAdded
from messenger.core.events import MessageChanged
from messenger.core.events import PresencesChanged
from messenger.core.interfaces import IncomingMessage
from messenger.core.local import LocalCore
from messenger.core.model import Account
from messenger.core.model import Address
from messenger.core.model import Capability
from messenger.core.model import ConnectionState
from messenger.core.model import Contact
from messenger.core.model import DeliveryState
from messenger.core.model import Direction
from messenger.core.model import ErrorCode
from messenger.core.model import PresenceUpdate
from messenger.core.model import ProtocolKind
from messenger.core.model import Show
from messenger.core.model import Subscription
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from tests.doubles.backend import BackendRecorder
from tests.doubles.backend import ScriptedBackend

JULIET = Address("juliet", "capulet.example")
NURSE = Address("nurse", "capulet.example")
SERVER = Address("", "montague.example")
PASSWORD = "wherefore-art-thou-7"


class Harness:
    def __init__(
        self, path: Path | str, cache: Path, recorder: BackendRecorder
    ) -> None:
        self.path = path
        self.cache = cache
        self.recorder = recorder
        self.secrets = MemorySecretStore()
        self.core = self.new_core()
        self.events: list[Event] = []
        self.core.events.subscribe(Event, self.events.append)

    def new_core(self) -> LocalCore:
        return LocalCore(
            SqliteStore(self.path),
            self.secrets,
            {ProtocolKind.XMPP: self.recorder},
            self.cache,
        )

    def of(self, kind: type[Event]) -> list[Event]:
        return [e for e in self.events if isinstance(e, kind)]

    async def account(self) -> tuple[Account, ScriptedBackend]:
        account = await self.core.add_account(
            ProtocolKind.XMPP, "romeo@montague.example", password=PASSWORD
        )
        await settle()
        return account, self.recorder.built[account.id]


async def settle() -> None:
    """Let tasks the core spawned (and their store round trips) finish."""
    for _ in range(5):
        for _ in range(20):
            await asyncio.sleep(0)
        await asyncio.sleep(0.01)


async def eventually(predicate: Callable[[], bool], limit: float = 5.0) -> None:
    """Poll ``predicate``: the state it reads has no event to wait on."""
    async with asyncio.timeout(limit):
        while not predicate():  # noqa: ASYNC110 (polling test state on purpose)
            await asyncio.sleep(0.005)


@pytest_asyncio.fixture
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    h = Harness(tmp_path / "db.sqlite3", tmp_path / "cache", BackendRecorder())
    await h.core.start()
    yield h
    await h.core.close()


def incoming(
    body: str, *, stanza_id: str = "", origin_id: str = "", **kw: object
) -> IncomingMessage:
    return IncomingMessage(
        peer=JULIET,
        sender=JULIET.with_resource("balcony"),
        body=body,
        timestamp=datetime.now(UTC),
        stanza_id=stanza_id,
        origin_id=origin_id,
        **kw,  # type: ignore[arg-type]
    )


@pytest.mark.asyncio
async def test_fresh_profile_snapshot_is_empty_and_available(harness: Harness) -> None:
    snapshot = await harness.core.snapshot()
    assert snapshot.accounts == ()
    assert snapshot.contacts == ()
    assert snapshot.own_presence.show is Show.AVAILABLE
    assert snapshot.secret_storage.persistent is False


@pytest.mark.asyncio
async def test_add_account_keeps_password_out_of_the_database(harness: Harness) -> None:
    account, backend = await harness.account()
    assert isinstance(harness.of(AccountAdded)[0], AccountAdded)
    assert await harness.secrets.get_password(account.id) == PASSWORD
    assert backend.connected
    assert backend.presence is not None
    assert backend.presence.show is Show.AVAILABLE
    states = [e.status.state for e in harness.of(AccountStatusChanged)]  # type: ignore[attr-defined]
    assert states[-1] is ConnectionState.ONLINE
    await harness.core.close()
    files = await asyncio.to_thread(_all_bytes, Path(harness.path).parent)
    assert files  # the database was written
    assert PASSWORD.encode() not in b"".join(files)


def _all_bytes(folder: Path) -> list[bytes]:
    return [p.read_bytes() for p in folder.rglob("*") if p.is_file()]


@pytest.mark.asyncio
async def test_invalid_account_address_is_refused(harness: Harness) -> None:
    for bad in ["", "no-at-sign", "a@b/resource", "a b@c"]:
        with pytest.raises(CoreError) as info:
            await harness.core.add_account(ProtocolKind.XMPP, bad)
        assert info.value.code is ErrorCode.INVALID_INPUT
    assert (await harness.core.snapshot()).accounts == ()


@pytest.mark.asyncio
async def test_protocol_without_backend_fails_with_a_clear_code(
    harness: Harness,
) -> None:
    account = await harness.core.add_account(ProtocolKind.MSN, "me@msn.example")
    await settle()
    status = next(
        s
        for s in (await harness.core.snapshot()).statuses
        if s.account_id == account.id
    )
    assert status.state is ConnectionState.FAILED
    assert status.error is not None
    assert status.error.code is ErrorCode.PROTOCOL_UNSUPPORTED


@pytest.mark.asyncio
async def test_send_is_pending_until_acked_then_moves_forward_only(
    harness: Harness,
) -> None:
    account, backend = await harness.account()
    message = await harness.core.send_message(account.id, JULIET, "hello")
    assert message.state is DeliveryState.PENDING
    await settle()
    assert [m.body for m in backend.sent] == ["hello"]
    sink = backend.sink
    await sink.message_state_changed(
        peer=SERVER, origin_id=message.origin_id, state=DeliveryState.SENT
    )
    await sink.message_state_changed(
        peer=JULIET, origin_id=message.origin_id, state=DeliveryState.DELIVERED
    )
    await sink.message_state_changed(
        peer=SERVER, origin_id=message.origin_id, state=DeliveryState.SENT
    )
    changes = [e.message.state for e in harness.of(MessageChanged)]  # type: ignore[attr-defined]
    assert changes == [DeliveryState.SENT, DeliveryState.DELIVERED]


@pytest.mark.asyncio
async def test_queued_message_survives_restart_and_is_sent_once(tmp_path: Path) -> None:
    recorder = BackendRecorder(auto_online=False)
    first = Harness(tmp_path / "db.sqlite3", tmp_path, recorder)
    await first.core.start()
    account, backend = await first.account()
    message = await first.core.send_message(account.id, JULIET, "typed while offline")
    await settle()
    assert backend.sent == []
    await first.core.close()

    second_recorder = BackendRecorder()
    second = Harness(tmp_path / "db.sqlite3", tmp_path, second_recorder)
    await second.core.start()
    await eventually(
        lambda: bool(
            second_recorder.built.get(account.id, None)
            and second_recorder.built[account.id].sent
        )
    )
    backend2 = second_recorder.built[account.id]
    assert [m.origin_id for m in backend2.sent] == [message.origin_id]
    # A resumed session does not resend; a fresh one resends what is pending.
    backend2.sink.connection_changed(ConnectionState.ONLINE, resumed=True)
    await settle()
    assert len(backend2.sent) == 1
    await backend2.sink.message_state_changed(
        peer=SERVER, origin_id=message.origin_id, state=DeliveryState.SENT
    )
    backend2.sink.connection_changed(ConnectionState.ONLINE)
    await settle()
    assert len(backend2.sent) == 1
    await second.core.close()


@pytest.mark.asyncio
async def test_failed_send_can_be_retried(harness: Harness) -> None:
    account, backend = await harness.account()
    backend.fail_sends = True
    message = await harness.core.send_message(account.id, JULIET, "hi")
    await settle()
    failed = harness.of(MessageChanged)[-1].message  # type: ignore[attr-defined]
    assert failed.state is DeliveryState.FAILED
    assert "refused" in failed.error
    backend.fail_sends = False
    retried = await harness.core.retry_message(message.id)
    await settle()
    assert retried.state is DeliveryState.PENDING
    assert [m.body for m in backend.sent] == ["hi"]


@pytest.mark.asyncio
async def test_incoming_messages_are_stored_once_and_counted_unread(
    harness: Harness,
) -> None:
    _account, backend = await harness.account()
    first = await backend.sink.messages_received(
        [incoming("one", stanza_id="s1"), incoming("two", stanza_id="s2")]
    )
    again = await backend.sink.messages_received([incoming("one", stanza_id="s1")])
    assert [m is not None for m in first] == [True, True]
    assert again == [None]
    assert [e.message.body for e in harness.of(MessageAdded)] == ["one", "two"]  # type: ignore[attr-defined]
    conversation = harness.of(ConversationUpdated)[-1].conversation  # type: ignore[attr-defined]
    assert conversation.unread_count == 2
    last = first[1]
    assert last is not None
    await harness.core.mark_read(conversation.id, last.id)
    snapshot = await harness.core.snapshot()
    assert snapshot.conversations[0].unread_count == 0
    assert ("read_marker", last.id) in backend.calls


@pytest.mark.asyncio
async def test_concurrent_deliveries_are_batched_in_order(harness: Harness) -> None:
    _account, backend = await harness.account()
    results = await asyncio.gather(
        *(
            backend.sink.messages_received([incoming(f"m{i}", stanza_id=f"s{i}")])
            for i in range(200)
        )
    )
    assert all(r[0] is not None for r in results)
    conversation = (await harness.core.snapshot()).conversations[0]
    history = await harness.core.fetch_history(conversation.id, limit=500)
    assert [m.body for m in history] == [f"m{i}" for i in range(200)]


@pytest.mark.asyncio
async def test_fetch_history_after_a_message_and_not_both_ways(
    harness: Harness,
) -> None:
    _account, backend = await harness.account()
    for i in range(10):
        await backend.sink.messages_received([incoming(f"m{i}", stanza_id=f"s{i}")])
    conversation = (await harness.core.snapshot()).conversations[0]
    history = await harness.core.fetch_history(conversation.id)
    middle = history[3]
    newer = await harness.core.fetch_history(conversation.id, after=middle.id, limit=4)
    assert newer == history[4:8]
    older = await harness.core.fetch_history(conversation.id, before=middle.id)
    assert older == history[:3]
    with pytest.raises(CoreError) as info:
        await harness.core.fetch_history(
            conversation.id, before=middle.id, after=middle.id
        )
    assert info.value.code is ErrorCode.INVALID_INPUT


@pytest.mark.asyncio
async def test_hostile_incoming_data_is_neutralised(harness: Harness) -> None:
    _account, backend = await harness.account()
    future = datetime(9999, 1, 1, tzinfo=UTC)
    hostile = IncomingMessage(
        peer=JULIET,
        sender=JULIET,
        body="<img src=x onerror=alert(1)>\x00\x1b[31m",
        timestamp=future,
        origin_id="o" * 10_000,
    )
    stored = (await backend.sink.messages_received([hostile]))[0]
    assert stored is not None
    assert stored.body == "<img src=x onerror=alert(1)>[31m"
    assert stored.timestamp.year < 9999
    assert len(stored.origin_id) <= 256


@pytest.mark.asyncio
async def test_carbon_copy_of_own_message_is_outgoing_from_the_account(
    harness: Harness,
) -> None:
    account, backend = await harness.account()
    stored = (
        await backend.sink.messages_received([incoming("from my phone", outgoing=True)])
    )[0]
    assert stored is not None
    assert stored.direction is Direction.OUTGOING
    assert str(stored.sender) == account.address
    assert stored.state is DeliveryState.SENT


@pytest.mark.asyncio
async def test_roster_updates_publish_only_changes(harness: Harness) -> None:
    account, backend = await harness.account()
    juliet = Contact(
        account_id=account.id, address=JULIET, subscription=Subscription.BOTH
    )
    nurse = Contact(account_id=account.id, address=NURSE)
    await backend.sink.roster_received([juliet, nurse], complete=True)
    await backend.sink.roster_received([juliet, nurse], complete=True)
    assert len(harness.of(ContactsUpdated)) == 1
    await backend.sink.roster_received([juliet], complete=True)
    removed = harness.of(ContactsRemoved)
    assert [e.addresses for e in removed] == [(NURSE,)]  # type: ignore[attr-defined]
    # Contacts survive a restart of the core.
    await harness.core.close()
    core = harness.new_core()
    await core.start()
    assert [c.address for c in (await core.snapshot()).contacts] == [JULIET]
    await core.close()


@pytest.mark.asyncio
async def test_presence_is_tracked_per_resource_and_cleared_offline(
    harness: Harness,
) -> None:
    account, backend = await harness.account()
    backend.sink.presences_received(
        [
            PresenceUpdate(address=JULIET.with_resource("phone"), show=Show.AWAY),
            PresenceUpdate(address=JULIET.with_resource("pc"), show=Show.AVAILABLE),
        ]
    )
    assert len((await harness.core.snapshot()).presences) == 2
    backend.sink.presences_received(
        [PresenceUpdate(address=JULIET.with_resource("phone"), show=Show.OFFLINE)]
    )
    assert [
        p.address.resource for _, p in (await harness.core.snapshot()).presences
    ] == ["pc"]
    await harness.core.disconnect_account(account.id)
    assert (await harness.core.snapshot()).presences == ()
    last = harness.of(PresencesChanged)[-1]
    assert [u.show for u in last.updates] == [Show.OFFLINE]  # type: ignore[attr-defined]


@pytest.mark.asyncio
async def test_commands_need_a_connection_and_the_capability(tmp_path: Path) -> None:
    recorder = BackendRecorder(capabilities=frozenset({Capability.PRESENCE}))
    h = Harness(":memory:", tmp_path, recorder)
    await h.core.start()
    account, backend = await h.account()
    with pytest.raises(CoreError) as info:
        await h.core.set_blocked(account.id, JULIET, blocked=True)
    assert info.value.code is ErrorCode.UNSUPPORTED
    await h.core.add_contact(
        account.id, JULIET.with_resource("x"), name=" J ", groups=("A", "A", " ")
    )
    assert ("add_contact", (JULIET, "J", ("A",))) in backend.calls
    await h.core.disconnect_account(account.id)
    with pytest.raises(CoreError) as info:
        await h.core.add_contact(account.id, NURSE)
    assert info.value.code is ErrorCode.NOT_CONNECTED
    await h.core.close()


@pytest.mark.asyncio
async def test_global_presence_offline_disconnects_and_back_reconnects(
    harness: Harness,
) -> None:
    account, backend = await harness.account()
    await harness.core.set_presence(Show.OFFLINE)
    assert not backend.connected
    await harness.core.set_presence(Show.DND, "  in a meeting ")
    new_backend = harness.recorder.built[account.id]
    assert new_backend.connected
    assert new_backend.presence is not None
    assert (new_backend.presence.show, new_backend.presence.status) == (
        Show.DND,
        "in a meeting",
    )
    # The chosen presence is remembered across restarts.
    await harness.core.close()
    core = harness.new_core()
    await core.start()
    assert (await core.snapshot()).own_presence.show is Show.DND
    await core.close()


@pytest.mark.asyncio
async def test_remove_account_with_history(harness: Harness) -> None:
    account, backend = await harness.account()
    await backend.sink.messages_received([incoming("bye", stanza_id="s")])
    await harness.core.remove_account(account.id, delete_history=True)
    assert harness.of(AccountRemoved)
    assert harness.of(ConversationRemoved)
    assert await harness.secrets.get_password(account.id) is None
    snapshot = await harness.core.snapshot()
    assert snapshot.accounts == ()
    assert snapshot.conversations == ()
    assert await harness.core.search_history("bye") == []


@pytest.mark.asyncio
async def test_remove_account_keeping_history_keeps_it_searchable(
    harness: Harness,
) -> None:
    account, backend = await harness.account()
    await backend.sink.messages_received([incoming("keep me around", stanza_id="s")])
    await harness.core.remove_account(account.id)
    assert [m.body for m in await harness.core.search_history("keep")] == [
        "keep me around"
    ]


@pytest.mark.asyncio
async def test_search_across_conversations(harness: Harness) -> None:
    _account, backend = await harness.account()
    await backend.sink.messages_received(
        [incoming("the orchard walls are high", stanza_id="a")]
    )
    await backend.sink.messages_received(
        [
            IncomingMessage(
                peer=NURSE,
                sender=NURSE,
                body="Orchard? I know of no orchard",
                timestamp=datetime.now(UTC),
                stanza_id="b",
            )
        ]
    )
    found = await harness.core.search_history("orchard")
    assert {m.peer for m in found} == {JULIET, NURSE}
    assert found[0].peer == NURSE  # newest first


@pytest.mark.asyncio
async def test_only_the_peer_or_our_server_may_report_delivery(
    harness: Harness,
) -> None:
    account, backend = await harness.account()
    message = await harness.core.send_message(account.id, JULIET, "for juliet")
    sink = backend.sink
    for liar in (
        NURSE,
        Address("", "capulet.example"),
        Address("x", "montague.example"),
    ):
        await sink.message_state_changed(
            peer=liar, origin_id=message.origin_id, state=DeliveryState.READ
        )
    assert harness.of(MessageChanged) == []
    # The peer's server may bounce it.
    await sink.message_state_changed(
        peer=Address("", "capulet.example"),
        origin_id=message.origin_id,
        state=DeliveryState.FAILED,
        error="remote-server-not-found",
    )
    assert harness.of(MessageChanged)[-1].message.state is DeliveryState.FAILED  # type: ignore[attr-defined]


@pytest.mark.asyncio
async def test_read_marker_covers_earlier_messages(harness: Harness) -> None:
    account, backend = await harness.account()
    sink = backend.sink
    sent = [
        await harness.core.send_message(account.id, JULIET, f"m{i}") for i in range(3)
    ]
    other = await harness.core.send_message(account.id, NURSE, "not read")
    for message in [*sent, other]:
        await sink.message_state_changed(
            peer=SERVER, origin_id=message.origin_id, state=DeliveryState.SENT
        )
    await sink.message_state_changed(
        peer=JULIET, origin_id=sent[1].origin_id, state=DeliveryState.READ, up_to=True
    )
    conversation = (await harness.core.open_conversation(account.id, JULIET)).id
    states = [m.state for m in await harness.core.fetch_history(conversation)]
    assert states == [DeliveryState.READ, DeliveryState.READ, DeliveryState.SENT]
    nurse = (await harness.core.open_conversation(account.id, NURSE)).id
    assert [m.state for m in await harness.core.fetch_history(nurse)] == [
        DeliveryState.SENT
    ]


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.mark.asyncio
async def test_auto_away_and_extended_away_follow_idle_time(tmp_path: Path) -> None:
    clock = Clock()
    recorder = BackendRecorder()
    core = LocalCore(
        SqliteStore(tmp_path / "db"),
        MemorySecretStore(),
        {ProtocolKind.XMPP: recorder},
        tmp_path,
        clock=clock,
    )
    await core.start()
    account = await core.add_account(ProtocolKind.XMPP, "romeo@montague.example")
    await core.set_presence(Show.AVAILABLE, "around")
    backend = recorder.built[account.id]

    def shown() -> tuple[Show, str, datetime | None]:
        assert backend.presence is not None
        p = backend.presence
        return p.show, p.status, p.idle_since

    went_idle = clock.now
    clock.now += timedelta(minutes=4)
    await core.report_idle(went_idle)
    assert shown() == (Show.AVAILABLE, "around", None)
    clock.now += timedelta(minutes=2)
    await core.report_idle(went_idle)
    assert shown() == (Show.AWAY, "around", went_idle)
    await core.set_setting("auto_away_message", "not here")
    assert shown() == (Show.AWAY, "not here", went_idle)
    await core.set_setting("auto_xa_minutes", 6)
    assert shown()[0] is Show.XA
    assert (await core.snapshot()).own_presence.show is Show.XA
    await core.report_idle(None)  # the user is back
    assert shown() == (Show.AVAILABLE, "around", None)
    # The saved choice is never overwritten by the automatic one.
    clock.now += timedelta(hours=1)
    await core.report_idle(clock.now - timedelta(hours=1))
    assert shown()[0] is Show.XA
    await core.close()
    again = LocalCore(SqliteStore(tmp_path / "db"), MemorySecretStore(), {}, tmp_path)
    await again.start()
    assert (await again.snapshot()).own_presence.show is Show.AVAILABLE
    await again.close()


@pytest.mark.asyncio
async def test_auto_away_never_overrides_a_chosen_busy_or_a_disabled_setting(
    tmp_path: Path,
) -> None:
    clock = Clock()
    recorder = BackendRecorder()
    core = LocalCore(
        SqliteStore(":memory:"),
        MemorySecretStore(),
        {ProtocolKind.XMPP: recorder},
        tmp_path,
        clock=clock,
    )
    await core.start()
    account = await core.add_account(ProtocolKind.XMPP, "romeo@montague.example")
    await core.set_presence(Show.DND, "meeting")
    backend = recorder.built[account.id]

    def show() -> Show:
        assert backend.presence is not None
        return backend.presence.show

    idle_from = clock.now
    clock.now += timedelta(hours=2)
    await core.report_idle(idle_from)
    assert show() is Show.DND
    await core.set_setting("auto_away_minutes", 0)
    await core.set_setting("auto_xa_minutes", 0)
    await core.set_presence(Show.AVAILABLE)
    idle_from = clock.now
    clock.now += timedelta(hours=2)
    await core.report_idle(idle_from)
    assert show() is Show.AVAILABLE
    await core.close()
