# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Core commands the user gave, started at once and finished whatever happens.

A message the user sent must reach the core even when its tab closes in the
same moment: a tab's slot tasks are cancelled on close, possibly before they
ran. So a tab starts the command itself here, synchronously in the slot, and
only awaits it (shielded) for the follow-up (clearing the composer, showing
an error). The commands are owned by this module until they finish, which
the core bounds (a store write, a network hand-off).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

_running: set[asyncio.Task[Any]] = set()


def start_command(command: Coroutine[Any, Any, T]) -> asyncio.Task[T]:
    """Run ``command`` to its end, whoever awaits it (or stops awaiting it)."""
    task = asyncio.ensure_future(command)
    _running.add(task)
    task.add_done_callback(_finished)
    return task


def running_commands() -> frozenset[asyncio.Task[Any]]:
    """The commands still running (tests wait for them)."""
    return frozenset(_running)


def _finished(task: asyncio.Task[Any]) -> None:
    _running.discard(task)
    if not task.cancelled() and (error := task.exception()) is not None:
        # Its tab reports it when still open; this keeps it from going unseen.
        log.debug("command failed: %s", error)
