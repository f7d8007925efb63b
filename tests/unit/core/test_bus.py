# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The event bus: typed dispatch, sequence numbers, failing handlers."""

from __future__ import annotations

import asyncio
import logging

import pytest

from messenger.core.bus import EventBus
from messenger.core.events import AccountRemoved
from messenger.core.events import ConversationRemoved
from messenger.core.events import Event
from messenger.core.model import AccountId
from messenger.core.model import ConversationId


def _removed(n: int = 1) -> AccountRemoved:
    return AccountRemoved(account_id=AccountId(f"a{n}"), history_deleted=False)


def test_dispatch_by_type_and_base_class() -> None:
    bus = EventBus()
    exact: list[AccountRemoved] = []
    every: list[Event] = []
    bus.subscribe(AccountRemoved, exact.append)
    bus.subscribe(Event, every.append)
    other = ConversationRemoved(conversation_id=ConversationId(3))
    bus.publish(_removed())
    bus.publish(other)
    assert exact == [_removed()]
    assert every == [_removed(), other]


def test_sequence_numbers_are_monotonic_and_seen_by_subscribe_all() -> None:
    bus = EventBus()
    seen: list[tuple[int, Event]] = []
    bus.subscribe_all(lambda seq, event: seen.append((seq, event)))
    assert bus.publish(_removed(1)) == 1
    assert bus.publish(_removed(2)) == 2
    assert bus.last_seq == 2
    assert [s for s, _ in seen] == [1, 2]
    # A mirroring bus adopts the origin's numbering but never goes back.
    assert bus.publish(_removed(3), seq=10) == 10
    assert bus.publish(_removed(4), seq=5) == 10


def test_cancelled_subscription_stops_delivery() -> None:
    bus = EventBus()
    got: list[Event] = []
    subscription = bus.subscribe(AccountRemoved, got.append)
    bus.publish(_removed())
    subscription.cancel()
    subscription.cancel()  # idempotent
    bus.publish(_removed())
    assert len(got) == 1


def test_failing_handler_is_logged_and_others_still_run(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bus = EventBus()
    got: list[Event] = []

    def broken(event: AccountRemoved) -> None:
        raise RuntimeError("boom")

    bus.subscribe(AccountRemoved, broken)
    bus.subscribe(AccountRemoved, got.append)
    with caplog.at_level(logging.ERROR):
        bus.publish(_removed())
    assert got == [_removed()]
    assert "boom" in caplog.text


@pytest.mark.asyncio
async def test_async_handlers_run_as_owned_tasks() -> None:
    bus = EventBus()
    done = asyncio.Event()
    started = asyncio.Event()

    async def slow(event: AccountRemoved) -> None:
        started.set()
        await asyncio.sleep(3600)
        done.set()

    async def quick(event: AccountRemoved) -> None:
        done.set()

    bus.subscribe(AccountRemoved, quick)
    bus.publish(_removed())
    await asyncio.wait_for(done.wait(), 1)
    bus.subscribe(AccountRemoved, slow)
    done.clear()
    bus.publish(_removed())
    await asyncio.wait_for(started.wait(), 1)
    await asyncio.wait_for(bus.aclose(), 1)  # cancels the sleeping handler
