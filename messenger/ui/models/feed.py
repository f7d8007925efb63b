# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``ContactFeed``: the core's contact events, fed to the buddy list in slices.

A login brings thousands of contacts and presences in a few events, and the
core handles each in one loop callback already. Applying them to the tree in
that same callback would take it over the 50 ms a callback may take (STYLE
8.5), so the bridge's signals come here instead: events wait in order in a
queue, and a callback scheduled on the loop applies them within a time budget,
scheduling another for the rest.

- Big events are cut into slices of :data:`SLICE` contacts or presences (each
  slice is still one batch for the model: one insertion, one re-sort).
- Small events in a row (presences of one account, say) are merged into one
  slice, so a burst of single presences costs one re-sort, not hundreds.
- Without a running loop (plain tests), events are applied at once.

:attr:`ContactFeed.idle` is True once everything queued has been applied.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal

from messenger.core.events import AccountRemoved
from messenger.core.events import ContactsRemoved
from messenger.core.events import ContactsUpdated
from messenger.core.events import ConversationUpdated
from messenger.core.events import Event
from messenger.core.events import PresencesChanged
from messenger.ui.models.contacts import ContactTreeModel

# Contacts or presences applied as one batch.
SLICE = 500
# Seconds one callback spends applying before it hands the loop back.
BUDGET = 0.015

_Batch = ContactsUpdated | PresencesChanged | ContactsRemoved


class ContactFeed(QObject):
    """Queues contact events and applies them to a model in slices (module docs)."""

    # Everything queued has been applied.
    drained = Signal()

    def __init__(self, model: ContactTreeModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._queue: deque[Event] = deque()
        self._scheduled: asyncio.Handle | None = None
        self._closed = False
        self._apply: dict[type[Event], Callable[[Event], None]] = {
            ContactsUpdated: model.apply_contacts_updated,  # type: ignore[dict-item]
            ContactsRemoved: model.apply_contacts_removed,  # type: ignore[dict-item]
            PresencesChanged: model.apply_presences_changed,  # type: ignore[dict-item]
            AccountRemoved: model.apply_account_removed,  # type: ignore[dict-item]
            ConversationUpdated: model.apply_conversation_updated,  # type: ignore[dict-item]
        }

    @property
    def idle(self) -> bool:
        return not self._queue

    def push(self, event: Event) -> None:
        """Queue one of the events the model applies (connect bridge signals here)."""
        if self._closed:
            return
        for piece in _slices(event):
            if not self._merge(piece):
                self._queue.append(piece)
        self._schedule()

    def flush(self) -> None:
        """Apply everything queued now."""
        while self._queue:
            self._apply_next()
        self.drained.emit()

    def close(self) -> None:
        """Drop the queue and apply nothing more."""
        self._closed = True
        self._queue.clear()
        if self._scheduled is not None:
            self._scheduled.cancel()
            self._scheduled = None

    # internals ----------------------------------------------------------------
    def _merge(self, event: Event) -> bool:
        """Fold ``event`` into the last queued one of the same kind and account."""
        if not self._queue:
            return False
        last = self._queue[-1]
        if type(last) is not type(event) or not isinstance(event, _Batch):
            return False
        assert isinstance(last, _Batch)
        if last.account_id != event.account_id or _size(last) + _size(event) > SLICE:
            return False
        self._queue[-1] = _joined(last, event)
        return True

    def _schedule(self) -> None:
        if self._scheduled is not None or not self._queue:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.flush()
            return
        self._scheduled = loop.call_soon(self._run)

    def _run(self) -> None:
        self._scheduled = None
        deadline = time.perf_counter() + BUDGET
        while self._queue and time.perf_counter() < deadline:
            self._apply_next()
        if self._queue:
            self._schedule()
        else:
            self.drained.emit()

    def _apply_next(self) -> None:
        event = self._queue.popleft()
        self._apply[type(event)](event)


def _size(event: _Batch) -> int:
    if isinstance(event, ContactsUpdated):
        return len(event.contacts)
    if isinstance(event, PresencesChanged):
        return len(event.updates)
    return len(event.addresses)


def _joined(first: _Batch, second: _Batch) -> _Batch:
    if isinstance(first, ContactsUpdated) and isinstance(second, ContactsUpdated):
        return ContactsUpdated(
            account_id=first.account_id, contacts=first.contacts + second.contacts
        )
    if isinstance(first, PresencesChanged) and isinstance(second, PresencesChanged):
        return PresencesChanged(
            account_id=first.account_id, updates=first.updates + second.updates
        )
    assert isinstance(first, ContactsRemoved)
    assert isinstance(second, ContactsRemoved)
    return ContactsRemoved(
        account_id=first.account_id, addresses=first.addresses + second.addresses
    )


def _slices(event: Event) -> list[Event]:
    if isinstance(event, ContactsUpdated):
        return [
            ContactsUpdated(
                account_id=event.account_id, contacts=event.contacts[i : i + SLICE]
            )
            for i in range(0, len(event.contacts), SLICE)
        ]
    if isinstance(event, PresencesChanged):
        return [
            PresencesChanged(
                account_id=event.account_id, updates=event.updates[i : i + SLICE]
            )
            for i in range(0, len(event.updates), SLICE)
        ]
    if isinstance(event, ContactsRemoved):
        return [
            ContactsRemoved(
                account_id=event.account_id, addresses=event.addresses[i : i + SLICE]
            )
            for i in range(0, len(event.addresses), SLICE)
        ]
    return [event]
