# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``SinkWorker``: the one ordered lane from stanza handlers to the core's sink.

slixmpp calls handlers synchronously; the sink's persisting methods are
coroutines. The worker runs them one at a time in arrival order, so a
correction is applied after the message it corrects is stored and a state
change after the message exists. Consecutive message jobs that have not started
yet are merged into one ``messages_received`` call (a 500-message burst becomes
a handful of writes). Under load the worker also lets a message job grow
before starting it, for up to ``MAX_GATHER`` seconds or ``MAX_BATCH``
messages: a write costs about as much for 10 messages as for 100 (the store's
work per transaction, the events and receipts per batch), and a burst relayed
by a server comes in clumps some milliseconds apart. "Under load" means the
job holds more than one message after one loop turn (they came together or
while the lane was busy); a lone message waits that turn only. The wait is one
timer, cut short when the job is full or another job queues up behind it
(nothing can join it then). 150 ms: a burst relayed at 700-900 messages a
second (Prosody's pace when we answer every receipt) then becomes writes of
about 100 instead of 40, which took a fifth off the database thread's CPU per
message in interleaved rounds (docs/benchmarks.md); what a user sees of a
burst arrives at most that much later.

While the archive catch-up runs, live jobs are *held* and released after it,
so messages are stored in archive order: a live message never lands before an
older one the archive still has to deliver.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

from messenger.core.interfaces import BackendSink
from messenger.core.interfaces import IncomingMessage

Factory = Callable[[], Awaitable[object]]

MAX_BATCH = 1000  # messages per ``messages_received`` call
MAX_GATHER = 0.15  # seconds a message job may wait for more under load (see above)


@dataclass(slots=True, kw_only=True)
class Inbound:
    """A received message and what to do once the core has committed it."""

    message: IncomingMessage
    archive_id: str = ""
    on_stored: Callable[[], None] | None = None


Committed = Callable[[Sequence[Inbound], bool, bool], Awaitable[None]]


@dataclass(slots=True, kw_only=True)
class _Job:
    live: bool
    future: asyncio.Future[None]
    items: list[Inbound] = field(default_factory=list)
    factory: Factory | None = None
    held: bool = False


class SinkWorker:
    """Runs sink coroutines in order (see the module docstring).

    ``on_committed(items, live, held)`` runs after each stored batch, inside the lane,
    so bookmarks advance only after the data is committed.
    """

    def __init__(
        self,
        sink: BackendSink,
        log: logging.LoggerAdapter[logging.Logger],
        on_committed: Committed,
    ) -> None:
        self._sink = sink
        self._log = log
        self._on_committed = on_committed
        self._queue: deque[_Job] = deque()
        self._held: list[_Job] = []
        self._holding = False
        self._runner: asyncio.Task[None] | None = None
        # Resolved to end the first job's gathering early.
        self._gathering: asyncio.Future[None] | None = None

    # ------------------------------------------------------------ submitting
    def messages(self, items: Sequence[Inbound], *, live: bool) -> asyncio.Future[None]:
        """Queue messages for ``messages_received``; resolves once committed."""
        lane = self._held if live and self._holding else self._queue
        last = lane[-1] if lane else None
        if (
            last is not None
            and not last.factory
            and last.live == live
            and len(last.items) < MAX_BATCH
        ):
            last.items.extend(items)
            if len(last.items) >= MAX_BATCH and lane is self._queue:
                self._stop_gathering()
            return last.future
        job = _Job(live=live, future=self._new_future(), items=list(items))
        return self._add(job)

    def call(self, factory: Factory, *, live: bool = True) -> asyncio.Future[None]:
        """Queue one sink coroutine (state change, correction, roster, ...)."""
        return self._add(_Job(live=live, future=self._new_future(), factory=factory))

    def barrier(self, *, live: bool = False) -> asyncio.Future[None]:
        """A future that resolves when everything queued before it has run."""
        return self.call(_nothing, live=live)

    def hold(self) -> None:
        """Keep live jobs back until ``release`` (archive catch-up running)."""
        self._holding = True

    def release(self) -> None:
        self._holding = False
        for job in self._held:
            job.held = True
            self._queue.append(job)
        self._held.clear()
        self._kick()

    @property
    def holding(self) -> bool:
        return self._holding

    def _new_future(self) -> asyncio.Future[None]:
        return asyncio.get_running_loop().create_future()

    def _add(self, job: _Job) -> asyncio.Future[None]:
        if job.live and self._holding:
            self._held.append(job)
        else:
            self._queue.append(job)
            self._stop_gathering()  # nothing can join the gathering job now
            self._kick()
        return job.future

    def _stop_gathering(self) -> None:
        if self._gathering is not None and not self._gathering.done():
            self._gathering.set_result(None)

    def _kick(self) -> None:
        if self._queue and (self._runner is None or self._runner.done()):
            self._runner = asyncio.create_task(self._run(), name="xmpp-sink-worker")

    # ------------------------------------------------------------ running
    async def _run(self) -> None:
        while self._queue:
            job = self._queue[0]
            if job.factory is None:
                await self._gather(job)
            self._queue.popleft()
            try:
                await self._execute(job)
            except Exception as exc:  # noqa: BLE001 (logged; the lane goes on)
                self._log.exception("a sink call failed")
                if not job.future.done():
                    job.future.set_exception(exc)
                    job.future.exception()  # retrieved: callers may not wait
            else:
                if not job.future.done():
                    job.future.set_result(None)

    async def _gather(self, job: _Job) -> None:
        """Let ``job`` (the first queued) grow while a burst is arriving."""
        # Twice: a task resumed after one sleep(0) runs before the I/O
        # callbacks of that loop turn; after two, what arrived is parsed.
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        if len(job.items) == 1:
            return  # a lone message does not wait
        if len(job.items) >= MAX_BATCH or self._queue[-1] is not job:
            return
        loop = asyncio.get_running_loop()
        self._gathering = gathering = loop.create_future()
        timer = loop.call_later(MAX_GATHER, _resolve, gathering)
        try:
            await gathering
        finally:
            timer.cancel()
            self._gathering = None

    async def _execute(self, job: _Job) -> None:
        if job.factory is not None:
            await job.factory()
            return
        await self._sink.messages_received([item.message for item in job.items])
        for item in job.items:
            if item.on_stored is not None:
                item.on_stored()
        await self._on_committed(job.items, job.live, job.held)

    async def drain(self) -> None:
        """Wait until every queued job (not held ones) has run."""
        while self._runner is not None and not self._runner.done():
            await asyncio.shield(self._runner)

    def close(self) -> None:
        """Drop held and queued jobs, stop the runner (the connection is gone)."""
        for job in (*self._held, *self._queue):
            job.future.cancel()
        self._held.clear()
        self._queue.clear()
        self._holding = False
        if self._runner is not None:
            self._runner.cancel()


async def _nothing() -> None:
    return None


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)
