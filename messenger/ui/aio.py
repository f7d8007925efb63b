# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""asyncio on the Qt side: typed async slots, and Qt signals as futures.

Everything runs on the one qasync loop of the GUI thread (STYLE 8). Slots that
await use :func:`async_slot` (only on methods of QObjects: released qasync
0.28.0 cannot call zero-argument free functions from a signal). Each slot task
is owned by its QObject: :func:`cancel_slot_tasks` cancels those still running,
which windows and dialogs do when they close (STYLE 8.3).
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from collections.abc import Coroutine
from typing import Any
from typing import Concatenate
from typing import ParamSpec
from typing import TypeVar

import qasync
from PySide6.QtCore import QObject
from PySide6.QtCore import SignalInstance
from PySide6.QtCore import Slot

_S = TypeVar("_S", bound=QObject)
_P = ParamSpec("_P")

AsyncMethod = Callable[Concatenate[_S, _P], Coroutine[Any, Any, None]]
SlotMethod = Callable[Concatenate[_S, _P], "asyncio.Task[None]"]

_TASKS_ATTR = "_messenger_slot_tasks"


def async_slot(
    *types: type,
) -> Callable[[AsyncMethod[_S, _P]], SlotMethod[_S, _P]]:
    """Turn an ``async def`` method into a Qt slot that starts a task.

    ``types`` are the Qt slot argument types, as for ``Slot``. Calling the slot
    returns the task (tests may await it). An exception in the task goes to
    ``sys.excepthook`` (qasync's handler); cancellation is silent.
    """

    def decorator(method: AsyncMethod[_S, _P]) -> SlotMethod[_S, _P]:
        start = qasync.asyncSlot(*types)(method)

        @functools.wraps(method)
        def slot(
            owner: _S, /, *args: _P.args, **kwargs: _P.kwargs
        ) -> asyncio.Task[None]:
            task: asyncio.Task[None] = start(owner, *args, **kwargs)
            tasks = _owned_tasks(owner)
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            return task

        return Slot(*types)(slot)

    return decorator


def _owned_tasks(owner: QObject) -> set[asyncio.Task[None]]:
    tasks: set[asyncio.Task[None]] | None = getattr(owner, _TASKS_ATTR, None)
    if tasks is None:
        tasks = set()
        setattr(owner, _TASKS_ATTR, tasks)
    return tasks


def slot_tasks(owner: QObject) -> frozenset[asyncio.Task[None]]:
    """The tasks of ``owner``'s async slots that are still running."""
    return frozenset(_owned_tasks(owner))


def cancel_slot_tasks(owner: QObject) -> None:
    """Cancel every running task of ``owner``'s async slots."""
    for task in _owned_tasks(owner):
        task.cancel()


def signal_future(signal: SignalInstance) -> asyncio.Future[tuple[Any, ...]]:
    """Return a future resolved with the arguments of ``signal``'s next emission.

    Call it before triggering the emission; bound the wait with
    ``asyncio.timeout``. The slot is disconnected once the future is done
    (resolved or cancelled). Must be called with the qasync loop running.
    """
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def on_emitted(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    connection = signal.connect(on_emitted)
    future.add_done_callback(lambda _: QObject.disconnect(connection))
    return future
