# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The event bus: typed publish/subscribe with sequence numbers.

``publish`` numbers each event (a monotonic ``seq``, the attach protocol's resume
point) and calls the handlers subscribed to its class or any base class, in
subscription order. A failing handler is logged and skipped; the others still
run. Coroutine handlers are run as tasks the bus owns (``aclose`` cancels them).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from collections.abc import Callable
from typing import TypeVar

from messenger.core.events import Event

log = logging.getLogger(__name__)

E = TypeVar("E", bound=Event)
Handler = Callable[[E], Awaitable[None] | None]
SeqHandler = Callable[[int, Event], None]


class Subscription:
    """A handle that ends a subscription when cancelled."""

    __slots__ = ("_cancel",)

    def __init__(self, cancel: Callable[[], None]) -> None:
        self._cancel: Callable[[], None] | None = cancel

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel()
            self._cancel = None


class EventBus:
    def __init__(self) -> None:
        self._handlers: dict[type[Event], list[Handler[Event]]] = {}
        self._all: list[SeqHandler] = []
        self._resolved: dict[type[Event], list[Handler[Event]]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._seq = 0

    @property
    def last_seq(self) -> int:
        """The sequence number of the last published event (0 before any)."""
        return self._seq

    def subscribe(self, event_type: type[E], handler: Handler[E]) -> Subscription:
        """Call ``handler`` for every event of ``event_type`` or a subclass."""
        handlers = self._handlers.setdefault(event_type, [])
        handlers.append(handler)  # type: ignore[arg-type]
        self._resolved.clear()

        def cancel() -> None:
            handlers.remove(handler)  # type: ignore[arg-type]
            self._resolved.clear()

        return Subscription(cancel)

    def subscribe_all(self, handler: SeqHandler) -> Subscription:
        """Call ``handler(seq, event)`` for every event (wire forwarding, logs)."""
        self._all.append(handler)
        return Subscription(lambda: self._all.remove(handler))

    def publish(self, event: Event, *, seq: int | None = None) -> int:
        """Deliver ``event`` and return its sequence number.

        ``seq`` is given only by a bus that mirrors another one (an attached UI
        replays the core's numbering); it must not go backwards.
        """
        self._seq = self._seq + 1 if seq is None else max(seq, self._seq)
        current = self._seq
        for handler in self._handlers_for(type(event)):
            self._call(handler, event)
        for seq_handler in tuple(self._all):
            try:
                seq_handler(current, event)
            except Exception:
                log.exception("event handler %r failed", seq_handler)
        return current

    def _handlers_for(self, event_type: type[Event]) -> list[Handler[Event]]:
        found = self._resolved.get(event_type)
        if found is None:
            found = []
            for cls in event_type.__mro__:
                found.extend(self._handlers.get(cls, ()))
            self._resolved[event_type] = found
        return list(found)

    def _call(self, handler: Handler[Event], event: Event) -> None:
        try:
            result = handler(event)
        except Exception:
            log.exception(
                "event handler %r failed on %s", handler, type(event).__name__
            )
            return
        if result is not None:
            task = asyncio.ensure_future(result)
            self._tasks.add(task)
            task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("async event handler failed", exc_info=task.exception())

    async def aclose(self) -> None:
        """Cancel the coroutine handlers still running."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
