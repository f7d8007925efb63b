# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""What the parts of a :class:`LocalCore` share: state, bus, store, intake, tasks."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from collections.abc import Coroutine
from dataclasses import dataclass
from dataclasses import field
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any

from messenger.core.avatars import AvatarCache
from messenger.core.bus import EventBus
from messenger.core.events import ConversationUpdated
from messenger.core.events import MessageAdded
from messenger.core.intake import MessageIntake
from messenger.core.interfaces import AddResult
from messenger.core.interfaces import Store
from messenger.core.state import CoreState

log = logging.getLogger(__name__)


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class CoreContext:
    store: Store
    bus: EventBus
    state: CoreState = field(default_factory=CoreState)
    clock: Callable[[], datetime] = utc_now
    tasks: set[asyncio.Task[Any]] = field(default_factory=set)
    intake: MessageIntake = field(init=False)
    avatars: AvatarCache = field(init=False)
    cache_dir: Path = field(default_factory=Path)

    def __post_init__(self) -> None:
        self.intake = MessageIntake(self.store.add_messages, self.publish_added)
        self.avatars = AvatarCache(self.cache_dir / "avatars")

    def publish_added(self, result: AddResult) -> None:
        """Mirror stored messages into the state and tell the UIs."""
        for conversation in result.conversations:
            self.state.put_conversation(conversation)
            self.bus.publish(ConversationUpdated(conversation=conversation))
        for message in result.messages:
            if message is not None:
                self.bus.publish(MessageAdded(message=message))

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        """Run ``coro`` as a task the core owns (cancelled on close, errors logged)."""
        task = asyncio.create_task(coro, name=name)
        self.tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self.tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("task %s failed", task.get_name(), exc_info=task.exception())
