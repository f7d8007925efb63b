# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Chat states reach the UIs as ``ChatStateChanged``, a repeated "active" once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from messenger.core.events import ChatStateChanged
from messenger.core.local import LocalCore
from messenger.core.model import Address
from messenger.core.model import ChatState
from messenger.core.model import ProtocolKind
from messenger.core.session import MAX_ACTIVE_PEERS
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from tests.doubles.backend import BackendRecorder
from tests.doubles.backend import ScriptedBackend

JULIET = Address("juliet", "capulet.example")
NURSE = Address("nurse", "capulet.example")


class Core:
    def __init__(self, tmp_path: Path) -> None:
        self.recorder = BackendRecorder()
        self.core = LocalCore(
            SqliteStore(":memory:"),
            MemorySecretStore(),
            {ProtocolKind.XMPP: self.recorder},
            tmp_path / "cache",
        )
        self.states: list[tuple[Address, ChatState]] = []
        self.core.events.subscribe(ChatStateChanged, self._on_state)

    def _on_state(self, event: ChatStateChanged) -> None:
        self.states.append((event.address, event.state))

    async def backend(self) -> ScriptedBackend:
        account = await self.core.add_account(
            ProtocolKind.XMPP, "romeo@montague.example", password="secret"
        )
        for _ in range(50):  # the connect task the core spawned
            if account.id in self.recorder.built:
                break
            await asyncio.sleep(0.01)
        return self.recorder.built[account.id]


@pytest_asyncio.fixture
async def core(tmp_path: Path) -> AsyncIterator[Core]:
    c = Core(tmp_path)
    await c.core.start()
    yield c
    await c.core.close()


@pytest.mark.asyncio
async def test_every_change_is_published_a_repeated_active_once(core: Core) -> None:
    sink = (await core.backend()).sink
    balcony = JULIET.with_resource("balcony")
    for state in (
        ChatState.ACTIVE,  # the first message of a burst
        ChatState.ACTIVE,  # ... and every one after it
        ChatState.ACTIVE,
        ChatState.COMPOSING,
        ChatState.COMPOSING,  # a UI may have gone back to "active" meanwhile
        ChatState.PAUSED,
        ChatState.ACTIVE,
        ChatState.ACTIVE,
        ChatState.GONE,
        ChatState.GONE,
    ):
        sink.chat_state_received(balcony, state)
    sink.chat_state_received(NURSE, ChatState.ACTIVE)  # another peer: its own

    assert core.states == [
        (JULIET, ChatState.ACTIVE),
        (JULIET, ChatState.COMPOSING),
        (JULIET, ChatState.COMPOSING),
        (JULIET, ChatState.PAUSED),
        (JULIET, ChatState.ACTIVE),
        (JULIET, ChatState.GONE),
        (JULIET, ChatState.GONE),
        (NURSE, ChatState.ACTIVE),
    ]


@pytest.mark.asyncio
async def test_the_peers_remembered_as_active_are_bounded(core: Core) -> None:
    sink = (await core.backend()).sink
    strangers = [Address(f"s{n}", "example.net") for n in range(MAX_ACTIVE_PEERS)]
    for stranger in strangers:
        sink.chat_state_received(stranger, ChatState.ACTIVE)
    sink.chat_state_received(JULIET, ChatState.ACTIVE)  # over the bound: forgets
    sink.chat_state_received(strangers[0], ChatState.ACTIVE)
    sink.chat_state_received(JULIET, ChatState.ACTIVE)  # still remembered

    assert len(core.states) == MAX_ACTIVE_PEERS + 2
    assert core.states[-2:] == [
        (JULIET, ChatState.ACTIVE),
        (strangers[0], ChatState.ACTIVE),
    ]
