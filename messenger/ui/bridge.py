# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``CoreBridge``: the core's event bus as Qt signals.

The bridge subscribes to ``core.events`` once, with one subscription per event
class, and re-emits each event on the matching signal (the signal carries the
event object). Widgets connect to these signals, never to the bus: Qt then
disconnects them when they are destroyed (STYLE 7).

Start-up follows the snapshot protocol of :class:`messenger.core.api.CoreApi`:
:meth:`CoreBridge.attach` holds back events while it awaits
``core.snapshot()``, hands the snapshot to the caller, then emits the held-back
events whose sequence number is above ``Snapshot.seq`` and goes live. Before
``attach`` (and after ``close``) no signal is emitted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal

from messenger.core.api import CoreApi
from messenger.core.api import Snapshot
from messenger.core.bus import Subscription
from messenger.core.events import AccountAdded
from messenger.core.events import AccountRemoved
from messenger.core.events import AccountStatusChanged
from messenger.core.events import AccountUpdated
from messenger.core.events import BlockListChanged
from messenger.core.events import ChatStateChanged
from messenger.core.events import ContactsRemoved
from messenger.core.events import ContactsUpdated
from messenger.core.events import ConversationRemoved
from messenger.core.events import ConversationUpdated
from messenger.core.events import CoreLinkChanged
from messenger.core.events import Event
from messenger.core.events import MessageAdded
from messenger.core.events import MessageChanged
from messenger.core.events import OwnPresenceChanged
from messenger.core.events import PresencesChanged
from messenger.core.events import SecretStorageChanged
from messenger.core.events import SettingChanged
from messenger.core.events import SubscriptionAnswered
from messenger.core.events import SubscriptionRequested

log = logging.getLogger(__name__)

# Event class -> name of the signal that re-emits it.
SIGNAL_NAMES: dict[type[Event], str] = {
    AccountAdded: "account_added",
    AccountUpdated: "account_updated",
    AccountRemoved: "account_removed",
    AccountStatusChanged: "account_status_changed",
    OwnPresenceChanged: "own_presence_changed",
    ContactsUpdated: "contacts_updated",
    ContactsRemoved: "contacts_removed",
    PresencesChanged: "presences_changed",
    SubscriptionRequested: "subscription_requested",
    SubscriptionAnswered: "subscription_answered",
    BlockListChanged: "block_list_changed",
    ConversationUpdated: "conversation_updated",
    ConversationRemoved: "conversation_removed",
    MessageAdded: "message_added",
    MessageChanged: "message_changed",
    ChatStateChanged: "chat_state_changed",
    SecretStorageChanged: "secret_storage_changed",
    SettingChanged: "setting_changed",
    CoreLinkChanged: "core_link_changed",
}


class _State(Enum):
    IDLE = "idle"  # not attached yet: events are ignored
    SYNCING = "syncing"  # awaiting the snapshot: events are held back
    LIVE = "live"
    CLOSED = "closed"


class CoreBridge(QObject):
    """Re-emits the core's events as Qt signals (see the module docstring)."""

    account_added = Signal(object)
    account_updated = Signal(object)
    account_removed = Signal(object)
    account_status_changed = Signal(object)
    own_presence_changed = Signal(object)
    contacts_updated = Signal(object)
    contacts_removed = Signal(object)
    presences_changed = Signal(object)
    subscription_requested = Signal(object)
    subscription_answered = Signal(object)
    block_list_changed = Signal(object)
    conversation_updated = Signal(object)
    conversation_removed = Signal(object)
    message_added = Signal(object)
    message_changed = Signal(object)
    chat_state_changed = Signal(object)
    secret_storage_changed = Signal(object)
    setting_changed = Signal(object)
    # An attached UI's connection to its core dropped, came back or failed.
    core_link_changed = Signal(object)

    def __init__(self, core: CoreApi, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self._state = _State.IDLE
        self._held: list[tuple[int, str, Event]] = []
        self._subscriptions: list[Subscription] = [
            core.events.subscribe(event_type, self._forwarder(name))
            for event_type, name in SIGNAL_NAMES.items()
        ]

    @property
    def core(self) -> CoreApi:
        return self._core

    @property
    def live(self) -> bool:
        """True once :meth:`attach` has applied the snapshot, until ``close``."""
        return self._state is _State.LIVE

    async def attach(self, apply: Callable[[Snapshot], None]) -> Snapshot:
        """Take a snapshot, pass it to ``apply``, then emit what came after it.

        ``apply`` runs synchronously before any signal is emitted, so a widget
        that draws the snapshot in it sees every later event exactly once.
        """
        if self._state is not _State.IDLE:
            raise RuntimeError(f"bridge cannot attach while {self._state.value}")
        self._state = _State.SYNCING
        try:
            snapshot = await self._core.snapshot()
        except BaseException:
            self._state = _State.IDLE
            self._held.clear()
            raise
        if self._state is _State.CLOSED:
            return snapshot
        apply(snapshot)
        held, self._held = self._held, []
        self._state = _State.LIVE
        for seq, name, event in held:
            if seq > snapshot.seq:
                self._emit(name, event)
        return snapshot

    def close(self) -> None:
        """End every subscription; no signal is emitted afterwards."""
        self._state = _State.CLOSED
        self._held.clear()
        for subscription in self._subscriptions:
            subscription.cancel()
        self._subscriptions.clear()

    def _forwarder(self, name: str) -> Callable[[Event], None]:
        def forward(event: Event) -> None:
            if self._state is _State.LIVE:
                self._emit(name, event)
            elif self._state is _State.SYNCING:
                # The bus numbers an event before calling its handlers, so
                # last_seq is this event's number.
                self._held.append((self._core.events.last_seq, name, event))

        return forward

    def _emit(self, name: str, event: Event) -> None:
        getattr(self, name).emit(event)
