# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``SinkWorker``: order, batching (gathering bursts), holding live jobs."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import UTC
from datetime import datetime

import pytest

from messenger.core.interfaces import IncomingMessage
from messenger.core.model import Address
from messenger.protocols.xmpp.worker import MAX_BATCH
from messenger.protocols.xmpp.worker import MAX_GATHER
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


@pytest.mark.asyncio
async def test_a_lone_message_is_not_kept_waiting() -> None:
    sink, committed = RecordingSink(), []  # type: ignore[var-annotated]
    lane = worker(sink, committed)
    loop = asyncio.get_running_loop()
    started = loop.time()
    await lane.messages([inbound("alone")], live=True)
    assert loop.time() - started < MAX_GATHER / 10  # a few loop turns, no timer
    assert [m.body for m in sink.messages] == ["alone"]


@pytest.mark.asyncio
async def test_a_burst_is_gathered_into_one_write() -> None:
    sink, committed = RecordingSink(), []  # type: ignore[var-annotated]
    lane = worker(sink, committed)
    first = lane.messages([inbound("a"), inbound("b")], live=True)
    await asyncio.sleep(MAX_GATHER / 2)  # the next clump of the burst
    lane.messages([inbound("c")], live=True)
    await first
    await lane.drain()
    assert [[m.body for m in batch] for batch in sink.of("messages_received")] == [
        ["a", "b", "c"]
    ]
    assert committed == [(["a", "b", "c"], True, False)]


@pytest.mark.asyncio
async def test_batches_are_capped() -> None:
    sink, committed = RecordingSink(), []  # type: ignore[var-annotated]
    lane = worker(sink, committed)
    for n in range(MAX_BATCH + 5):
        lane.messages([inbound(str(n))], live=True)
    await lane.drain()
    sizes = [len(batch) for batch in sink.of("messages_received")]
    assert sizes == [MAX_BATCH, 5]
    assert [m.body for m in sink.messages] == [str(n) for n in range(MAX_BATCH + 5)]


@pytest.mark.asyncio
async def test_a_full_batch_is_written_without_waiting_out_the_gathering() -> None:
    sink, committed = RecordingSink(), []  # type: ignore[var-annotated]
    lane = worker(sink, committed)
    loop = asyncio.get_running_loop()
    started = loop.time()
    first = lane.messages([inbound("a"), inbound("b")], live=True)
    await asyncio.sleep(0.001)  # the job is gathering now
    lane.messages([inbound(str(n)) for n in range(MAX_BATCH - 2)], live=True)
    await first
    assert loop.time() - started < MAX_GATHER / 2
    assert [len(batch) for batch in sink.of("messages_received")] == [MAX_BATCH]


@pytest.mark.asyncio
async def test_a_call_queued_behind_a_burst_is_not_delayed_by_gathering() -> None:
    sink, committed = RecordingSink(), []  # type: ignore[var-annotated]
    lane = worker(sink, committed)
    loop = asyncio.get_running_loop()
    started = loop.time()
    lane.messages([inbound("a"), inbound("b")], live=True)
    await lane.call(lambda: sink.save_state("x", 1))  # nothing can join "a", "b"
    assert loop.time() - started < MAX_GATHER / 10
    assert [name for name, _ in sink.calls] == ["messages_received", "save_state"]
