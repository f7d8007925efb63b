# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``SinkWorker``: order, batching, holding live jobs during the catch-up."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC
from datetime import datetime

import pytest

from messenger.core.interfaces import IncomingMessage
from messenger.core.model import Address
from messenger.protocols.xmpp.worker import Inbound
from messenger.protocols.xmpp.worker import SinkWorker
from tests.unit.protocols.xmpp.recording_sink import RecordingSink

PEER = Address("juliet", "capulet.example")


def inbound(body: str) -> Inbound:
    message = IncomingMessage(
        peer=PEER, sender=PEER, body=body, timestamp=datetime.now(UTC)
    )
    return Inbound(message=message)


def worker(
    sink: RecordingSink, committed: list[tuple[list[str], bool, bool]]
) -> SinkWorker:
    async def on_committed(items: Sequence[Inbound], live: bool, held: bool) -> None:
        committed.append(([i.message.body for i in items], live, held))

    return SinkWorker(
        sink, logging.LoggerAdapter(logging.getLogger("t"), {}), on_committed
    )


@pytest.mark.asyncio
async def test_queued_messages_are_merged_in_order() -> None:
    sink, committed = RecordingSink(), []  # type: ignore[var-annotated]
    lane = worker(sink, committed)
    for body in "abc":
        lane.messages([inbound(body)], live=True)
    lane.call(lambda: sink.save_state("x", 1))
    lane.messages([inbound("d")], live=True)
    await lane.drain()

    names = [name for name, _ in sink.calls]
    assert names == ["messages_received", "save_state", "messages_received"]
    assert [m.body for m in sink.messages] == ["a", "b", "c", "d"]


@pytest.mark.asyncio
async def test_live_jobs_wait_while_held() -> None:
    sink, committed = RecordingSink(), []  # type: ignore[var-annotated]
    lane = worker(sink, committed)
    lane.hold()
    lane.messages([inbound("live")], live=True)
    await lane.messages([inbound("archived")], live=False)
    assert [m.body for m in sink.messages] == ["archived"]

    lane.release()
    await lane.drain()

    assert [m.body for m in sink.messages] == ["archived", "live"]
    assert committed == [(["archived"], False, False), (["live"], True, True)]


@pytest.mark.asyncio
async def test_a_failing_call_does_not_stop_the_lane() -> None:
    sink, committed = RecordingSink(), []  # type: ignore[var-annotated]
    lane = worker(sink, committed)

    async def boom() -> None:
        raise RuntimeError("disk full")

    failed = lane.call(boom)
    done = lane.messages([inbound("after")], live=True)
    await lane.drain()

    assert isinstance(failed.exception(), RuntimeError)
    assert done.done()
    assert [m.body for m in sink.messages] == ["after"]
