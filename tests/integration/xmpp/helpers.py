# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The real core with the XMPP backend, as a user of the integration tests has it.

``CoreUser`` is one profile: a ``LocalCore`` over SQLite and an in-memory
secret store with the XMPP factory, plus a log of every event it published.
Tests wait for events with ``wait_for`` (a future resolved by the bus; every
wait has a timeout), never with sleeps.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from messenger.core.events import AccountStatusChanged
from messenger.core.events import Event
from messenger.core.events import MessageAdded
from messenger.core.interfaces import BackendContext
from messenger.core.interfaces import BackendFactory
from messenger.core.interfaces import BackendSink
from messenger.core.interfaces import ProtocolBackend
from messenger.core.local import LocalCore
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import ConnectionState
from messenger.core.model import ErrorInfo
from messenger.core.model import JsonValue
from messenger.core.model import Message
from messenger.core.model import ProtocolKind
from messenger.protocols.registry import xmpp_factory
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from tests.testbed.prosody import ProsodyServer

TIMEOUT = 30.0
E = TypeVar("E", bound=Event)


def settings_for(
    server: ProsodyServer, *, direct_tls: bool = False, **extra: JsonValue
) -> dict[str, JsonValue]:
    """Account settings that reach the test server on loopback, trusting its CA."""
    port = server.direct_tls_port if direct_tls else server.c2s_port
    return {
        "host": server.host,
        "port": port,
        "direct_tls": direct_tls,
        "ca_file": str(server.ca_file),
        **extra,
    }


class CoreUser:
    """One profile (core + database) logged in as one account."""

    def __init__(
        self,
        directory: Path,
        jid: str,
        password: str,
        factory: BackendFactory = xmpp_factory,
        protocol: ProtocolKind = ProtocolKind.XMPP,
    ) -> None:
        self.directory = directory
        self.factory = factory
        self.protocol = protocol
        self.jid = jid
        self.address = Address.parse(jid)
        self.password = password
        self.events: list[Event] = []
        self._waiters: list[tuple[Callable[[Event], bool], asyncio.Future[Event]]] = []
        self.secrets = MemorySecretStore()  # survives restart() like a keyring
        self.core = self._new_core()
        self.account: Account | None = None

    def _new_core(self) -> LocalCore:
        self.directory.mkdir(parents=True, exist_ok=True)
        core = LocalCore(
            SqliteStore(self.directory / "profile.db"),
            self.secrets,
            {self.protocol: self.factory},
            self.directory / "cache",
        )
        core.events.subscribe(Event, self._on_event)
        return core

    def _on_event(self, event: Event) -> None:
        self.events.append(event)
        for predicate, future in list(self._waiters):
            if not future.done() and predicate(event):
                future.set_result(event)

    @property
    def account_id(self) -> AccountId:
        assert self.account is not None
        return self.account.id

    async def start(
        self, settings: dict[str, JsonValue], *, enabled: bool = True
    ) -> None:
        """Start the core and add the account (which connects when enabled)."""
        await self.core.start()
        self.account = await self.core.add_account(
            self.protocol,
            self.jid,
            settings=settings,
            password=self.password,
            enabled=enabled,
        )

    async def restart(self) -> None:
        """Close the core and open a new one on the same database."""
        await self.core.close()
        self.core = self._new_core()
        await self.core.start()
        accounts = (await self.core.snapshot()).accounts
        self.account = accounts[0]

    async def close(self) -> None:
        await self.core.close()

    # ------------------------------------------------------------ waiting
    async def wait_for(
        self,
        kind: type[E],
        predicate: Callable[[E], bool] = lambda _: True,
        *,
        limit: float = TIMEOUT,
        past: bool = True,
        since: int | None = None,
    ) -> E:
        """The first event of ``kind`` matching ``predicate``.

        Events already seen count unless ``past`` is False; with ``since`` only
        those after that ``mark()``.
        """

        def matches(event: Event) -> bool:
            return isinstance(event, kind) and predicate(event)

        if past or since is not None:
            for event in self.events[since or 0 :]:
                if matches(event):
                    return event  # type: ignore[return-value]
        future: asyncio.Future[Event] = asyncio.get_running_loop().create_future()
        waiter = (matches, future)
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout(limit):
                return await future  # type: ignore[return-value]
        finally:
            self._waiters.remove(waiter)

    async def wait_state(
        self,
        state: ConnectionState,
        *,
        limit: float = TIMEOUT,
        past: bool = False,
        since: int | None = None,
    ) -> AccountStatusChanged:
        return await self.wait_for(
            AccountStatusChanged,
            lambda e: e.status.state is state,
            limit=limit,
            past=past,
            since=since,
        )

    def mark(self) -> int:
        """A position in the event log (for ``since``)."""
        return len(self.events)

    def since(self, mark: int) -> list[Event]:
        return self.events[mark:]

    async def wait_messages(
        self, count: int, *, limit: float = TIMEOUT
    ) -> list[Message]:
        """Wait until ``count`` messages were added (all conversations)."""

        def added() -> list[Message]:
            return [e.message for e in self.events if isinstance(e, MessageAdded)]

        while len(added()) < count:
            await self.wait_for(MessageAdded, limit=limit, past=False)
        return added()


async def befriend(alice: CoreUser, bob: CoreUser) -> None:
    """Mutual presence subscription through the cores: add, approve (and add back)."""
    from messenger.core.events import ContactsUpdated
    from messenger.core.events import SubscriptionRequested
    from messenger.core.model import Subscription

    def both(user: CoreUser, other: CoreUser) -> Callable[[ContactsUpdated], bool]:
        return lambda e: any(
            c.address == other.address and c.subscription is Subscription.BOTH
            for c in e.contacts
        )

    await alice.core.add_contact(alice.account_id, bob.address, name="Bob")
    request = await bob.wait_for(
        SubscriptionRequested, lambda e: e.address == alice.address
    )
    await bob.core.answer_subscription(bob.account_id, request.address, approve=True)
    await alice.wait_for(ContactsUpdated, both(alice, bob))
    await bob.wait_for(ContactsUpdated, both(bob, alice))


class SinkSpy:
    """A TEST DOUBLE wrapping the core's ``BackendSink``: records connection states.

    Everything is passed on to the real sink; ``states`` keeps every
    ``(state, resumed)`` the backend reported, so tests can see a resumption.
    """

    def __init__(self, sink: BackendSink) -> None:
        self._sink = sink
        self.states: list[tuple[ConnectionState, bool]] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self._sink, name)

    def connection_changed(
        self,
        state: ConnectionState,
        error: ErrorInfo | None = None,
        *,
        resumed: bool = False,
    ) -> None:
        self.states.append((state, resumed))
        self._sink.connection_changed(state, error, resumed=resumed)


def spying_factory(spies: list[SinkSpy]) -> BackendFactory:
    """An XMPP factory whose backends report through ``SinkSpy``s (in ``spies``)."""

    def build(context: BackendContext) -> ProtocolBackend:
        spy = SinkSpy(context.sink)
        spies.append(spy)
        return xmpp_factory(replace(context, sink=spy))  # type: ignore[arg-type]

    return build


def recording_factory(backends: list[ProtocolBackend]) -> BackendFactory:
    """An XMPP factory that keeps every backend it builds (in ``backends``)."""

    def build(context: BackendContext) -> ProtocolBackend:
        backend = xmpp_factory(context)
        backends.append(backend)
        return backend

    return build
