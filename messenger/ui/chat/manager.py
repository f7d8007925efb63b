# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``ChatWindows``: the chat windows of one UI, and what the rest of it calls.

Use::

    chats = ChatWindows(core, bridge, parent)
    tab = await chats.open_chat(account_id, peer)   # opens or reuses a tab
    await chats.show_message(conversation_id, message_id)  # jump to a message
    chats.tab_for(conversation_id)                  # the open tab, or None
    chats.is_focused(conversation_id)               # the user is looking at it
    chats.unread_changed.connect(...)               # (conversation id, count)

Chats open as tabs of one window, or one window each when the shared setting
``"chat_windows"`` is ``"separate"`` (:attr:`ChatWindows.one_window_per_chat`;
changing it regroups the open chats). The manager mirrors what the chats draw
(:class:`~messenger.ui.chat.directory.ChatDirectory`) from a snapshot, taken on
first use (:meth:`ChatWindows.load`), and the bridge's events, which it routes
to the tab of their conversation. Closing a window closes its tabs: their
tasks are cancelled and the peer gets "gone" where a chat state was sent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal

from messenger.core.api import CoreApi
from messenger.core.api import Snapshot
from messenger.core.errors import CoreError
from messenger.core.events import AccountAdded
from messenger.core.events import AccountRemoved
from messenger.core.events import AccountStatusChanged
from messenger.core.events import AccountUpdated
from messenger.core.events import ChatStateChanged
from messenger.core.events import ContactsRemoved
from messenger.core.events import ContactsUpdated
from messenger.core.events import ConversationRemoved
from messenger.core.events import ConversationUpdated
from messenger.core.events import Event
from messenger.core.events import MessageAdded
from messenger.core.events import MessageChanged
from messenger.core.events import PresencesChanged
from messenger.core.events import SettingChanged
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import ChatState
from messenger.core.model import ConversationId
from messenger.core.model import ErrorCode
from messenger.core.model import JsonValue
from messenger.core.model import LocalMessageId
from messenger.ui.aio import async_slot
from messenger.ui.aio import cancel_slot_tasks
from messenger.ui.bridge import CoreBridge
from messenger.ui.chat.directory import ChatDirectory
from messenger.ui.chat.directory import PeerKey
from messenger.ui.chat.tab import ChatTab
from messenger.ui.chat.window import ChatWindow

log = logging.getLogger(__name__)

SETTING_KEY = "chat_windows"
TABBED = "tabbed"
SEPARATE = "separate"


class ChatWindows(QObject):
    """The chat windows (see the module docstring)."""

    # A conversation's unread count changed: (conversation id, count).
    unread_changed = Signal(int, int)
    # A chat window was created (for the app to decorate or track).
    window_created = Signal(object)

    def __init__(
        self, core: CoreApi, bridge: CoreBridge, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._core = core
        self.directory = ChatDirectory()
        self._windows: list[ChatWindow] = []
        self._tabs: dict[ConversationId, ChatTab] = {}
        self._last_active: ChatWindow | None = None
        self._separate = False
        self._loaded = False
        self._loading: asyncio.Future[None] | None = None
        self._held: list[tuple[Callable[[Any], None], Event]] = []
        self._connect(bridge)

    def _connect(self, bridge: CoreBridge) -> None:
        routes: list[tuple[Any, Callable[[Any], None]]] = [
            (bridge.message_added, self._on_bridge_message_added),
            (bridge.message_changed, self._on_bridge_message_changed),
            (bridge.chat_state_changed, self._on_bridge_chat_state_changed),
            (bridge.conversation_updated, self._on_bridge_conversation_updated),
            (bridge.conversation_removed, self._on_bridge_conversation_removed),
            (bridge.contacts_updated, self._on_bridge_contacts_updated),
            (bridge.contacts_removed, self._on_bridge_contacts_removed),
            (bridge.presences_changed, self._on_bridge_presences_changed),
            (bridge.account_added, self._on_bridge_account_added),
            (bridge.account_updated, self._on_bridge_account_updated),
            (bridge.account_removed, self._on_bridge_account_removed),
            (bridge.account_status_changed, self._on_bridge_account_status_changed),
            (bridge.setting_changed, self._on_bridge_setting_changed),
        ]
        for signal, slot in routes:
            signal.connect(self._guarded(slot))

    def _guarded(self, slot: Callable[[Any], None]) -> Callable[[Any], None]:
        """Apply an event once the snapshot is in; hold it while it loads."""

        def deliver(event: Event) -> None:
            if self._loaded:
                slot(event)
            elif self._loading is not None:
                self._held.append((slot, event))

        return deliver

    # state ------------------------------------------------------------------
    async def load(self) -> None:
        """Take the snapshot the chats draw from (once; later calls wait for it)."""
        while not self._loaded:
            if self._loading is not None:  # another caller is taking it
                await asyncio.shield(self._loading)
                continue
            self._loading = asyncio.get_running_loop().create_future()
            try:
                snapshot = await self._core.snapshot()
            except BaseException:
                self._held.clear()  # the next attempt's snapshot has them
                raise
            else:
                self.apply_snapshot(snapshot)
            finally:
                done, self._loading = self._loading, None
                done.set_result(None)

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        """Draw from ``snapshot``, then apply the events held while it loaded.

        The events are applied again even if the snapshot has them: every
        event carries whole objects, so that converges on the newest state.
        """
        self.directory.load(snapshot)
        self._separate = _is_separate(snapshot.settings.get(SETTING_KEY))
        self._loaded = True
        held, self._held = self._held, []
        for slot, event in held:
            slot(event)

    @property
    def one_window_per_chat(self) -> bool:
        return self._separate

    @one_window_per_chat.setter
    def one_window_per_chat(self, separate: bool) -> None:
        """Switch between tabs and windows; the open chats regroup."""
        if separate != self._separate:
            self._separate = separate
            self._regroup()

    def windows(self) -> list[ChatWindow]:
        return list(self._windows)

    def tabs(self) -> list[ChatTab]:
        return list(self._tabs.values())

    def tab_for(self, conversation_id: ConversationId) -> ChatTab | None:
        return self._tabs.get(conversation_id)

    def is_focused(self, conversation_id: ConversationId) -> bool:
        """The conversation is the current tab of the active chat window."""
        tab = self._tabs.get(conversation_id)
        return tab is not None and tab.is_seen()

    def unread_count(self, conversation_id: ConversationId) -> int:
        return self.directory.unread(conversation_id)

    # opening ----------------------------------------------------------------
    async def open_chat(
        self, account_id: AccountId, peer: Address, *, focus: bool = True
    ) -> ChatTab:
        """Open the chat with ``peer`` (or find its tab) and show it.

        ``focus``: bring it to the front, current and with the keyboard focus;
        otherwise it opens quietly (an existing tab stays where it is). A new
        tab has its newest messages loaded when this returns. Raises
        ``CoreError`` (an unknown account; NOT_FOUND also when the chat was
        closed again, e.g. its account removed, before it finished opening).
        """
        await self.load()
        conversation = await self._core.open_conversation(account_id, peer)
        self.directory.apply_conversation(conversation)
        tab = self._tabs.get(conversation.id)
        if tab is None:
            tab = ChatTab(self._core, self.directory, conversation)
            tab.chat_requested.connect(self._on_tab_chat_requested)
            self._tabs[conversation.id] = tab
            window = self._window_for_new_tab()
            window.add_tab(tab, make_current=focus or window.current_tab() is None)
            if not window.isVisible():
                if not focus:
                    window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
                window.show()
            await tab.load()
            if self._tabs.get(conversation.id) is not tab:
                raise CoreError(ErrorCode.NOT_FOUND, "the chat closed while opening")
        if focus:
            self.focus_tab(tab)
        return tab

    async def show_message(
        self, conversation_id: ConversationId, message_id: LocalMessageId
    ) -> ChatTab:
        """Open the conversation's chat, focused, scrolled to ``message_id``.

        The message is centred and briefly selected, with history around it
        loaded if it was not (see :meth:`ChatTab.show_message`); a message not
        found leaves the chat at its newest messages. Raises ``CoreError``
        (NOT_FOUND: an unknown conversation; as :meth:`open_chat`).
        """
        await self.load()
        tab = self._tabs.get(conversation_id)
        if tab is None:
            conversation = self.directory.conversations.get(conversation_id)
            if conversation is None:
                raise CoreError(
                    ErrorCode.NOT_FOUND, f"no conversation {conversation_id}"
                )
            tab = await self.open_chat(conversation.account_id, conversation.peer)
        else:
            self.focus_tab(tab)
        if not await tab.show_message(message_id):
            log.info("message %d not found in its conversation", message_id)
        return tab

    def focus_tab(self, tab: ChatTab) -> None:
        window = tab.window()
        if isinstance(window, ChatWindow):
            window.set_current(tab)
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        tab.setFocus()

    def _window_for_new_tab(self) -> ChatWindow:
        if not self._separate and self._windows:
            active = self._last_active
            return active if active in self._windows else self._windows[0]
        return self._new_window()

    def _new_window(self) -> ChatWindow:
        window = ChatWindow()
        window.tab_closed.connect(self._on_window_tab_closed)
        window.closed.connect(self._on_window_closed)
        window.activated.connect(self._on_window_activated)
        self._windows.append(window)
        self.window_created.emit(window)
        return window

    def _regroup(self) -> None:
        tabs = [tab for window in self._windows for tab in window.chat_tabs()]
        if not tabs:
            return
        if self._separate:
            for tab in tabs[1:]:
                source = tab.window()
                if isinstance(source, ChatWindow) and len(source.chat_tabs()) > 1:
                    source.take_tab(tab)
                    target = self._new_window()
                    target.add_tab(tab)
                    target.show()
            return
        target = self._windows[0]
        for window in self._windows[1:]:
            for tab in window.chat_tabs():
                window.take_tab(tab)
                target.add_tab(tab, make_current=False)
            window.close()

    def close_all(self) -> None:
        """Close every chat window (the UI shuts down)."""
        for window in list(self._windows):
            window.close()
        cancel_slot_tasks(self)

    # windows and tabs closing ------------------------------------------------
    def _on_window_tab_closed(self, tab: ChatTab) -> None:
        self._tabs.pop(tab.conversation_id, None)
        if tab.shutdown():
            self._send_gone(tab.account_id, tab.peer)
        tab.deleteLater()

    def _on_window_closed(self, window: ChatWindow) -> None:
        if window in self._windows:
            self._windows.remove(window)
        if self._last_active is window:
            self._last_active = None
        window.deleteLater()

    def _on_window_activated(self, window: ChatWindow) -> None:
        self._last_active = window

    @async_slot(str, object)
    async def _on_tab_chat_requested(self, account_id: str, peer: Address) -> None:
        try:
            await self.open_chat(AccountId(account_id), peer)
        except CoreError as exc:
            log.info("chat from a link not opened: %s", exc)

    @async_slot(str, object)
    async def _send_gone(self, account_id: str, peer: Address) -> None:
        try:
            await self._core.send_chat_state(
                AccountId(account_id), peer, ChatState.GONE
            )
        except CoreError as exc:
            log.debug("gone not sent: %s", exc)

    # events -----------------------------------------------------------------
    def _on_bridge_message_added(self, event: MessageAdded) -> None:
        if (tab := self._tabs.get(event.message.conversation_id)) is not None:
            tab.apply_message_added(event.message)

    def _on_bridge_message_changed(self, event: MessageChanged) -> None:
        if (tab := self._tabs.get(event.message.conversation_id)) is not None:
            tab.apply_message_changed(event.message)

    def _on_bridge_chat_state_changed(self, event: ChatStateChanged) -> None:
        for tab in self._tabs_of({(event.account_id, event.address.bare)}):
            tab.apply_chat_state(event.state)

    def _on_bridge_conversation_updated(self, event: ConversationUpdated) -> None:
        conversation = event.conversation
        if self.directory.apply_conversation(conversation):
            self.unread_changed.emit(conversation.id, conversation.unread_count)
        if (tab := self._tabs.get(conversation.id)) is not None:
            tab.apply_conversation(conversation)

    def _on_bridge_conversation_removed(self, event: ConversationRemoved) -> None:
        self.directory.remove_conversation(event.conversation_id)
        self._close_tabs([self._tabs.get(event.conversation_id)])

    def _on_bridge_contacts_updated(self, event: ContactsUpdated) -> None:
        self._refresh(self.directory.apply_contacts(event.contacts))
        self._refresh_members(event.account_id)

    def _on_bridge_contacts_removed(self, event: ContactsRemoved) -> None:
        keys = self.directory.remove_contacts(event.account_id, event.addresses)
        self._refresh(keys)
        self._refresh_members(event.account_id)

    def _refresh_members(self, account_id: AccountId) -> None:
        """Group chats name their senders by contact: names may have changed."""
        for tab in self._tabs.values():
            if tab.account_id == account_id:
                tab.refresh_members()

    def _on_bridge_presences_changed(self, event: PresencesChanged) -> None:
        self._refresh(self.directory.apply_presences(event.account_id, event.updates))

    def _on_bridge_account_added(self, event: AccountAdded) -> None:
        self.directory.apply_account(event.account)
        self.directory.apply_status(event.status)

    def _on_bridge_account_updated(self, event: AccountUpdated) -> None:
        self.directory.apply_account(event.account)
        for tab in self._tabs.values():
            if tab.account_id == event.account.id:
                tab.refresh_account()

    def _on_bridge_account_status_changed(self, event: AccountStatusChanged) -> None:
        self.directory.apply_status(event.status)
        for tab in self._tabs.values():
            if tab.account_id == event.status.account_id:
                tab.refresh_account()

    def _on_bridge_account_removed(self, event: AccountRemoved) -> None:
        self.directory.remove_account(event.account_id)
        gone = [t for t in self._tabs.values() if t.account_id == event.account_id]
        self._close_tabs(gone)

    def _on_bridge_setting_changed(self, event: SettingChanged) -> None:
        self.directory.settings[event.key] = event.value
        if event.key == SETTING_KEY:
            self.one_window_per_chat = _is_separate(event.value)

    def _tabs_of(self, keys: set[PeerKey]) -> list[ChatTab]:
        return [t for t in self._tabs.values() if (t.account_id, t.peer) in keys]

    def _refresh(self, keys: set[PeerKey]) -> None:
        for tab in self._tabs_of(keys):
            tab.refresh_contact()

    def _close_tabs(self, tabs: Sequence[ChatTab | None]) -> None:
        for tab in tabs:
            window = tab.window() if tab is not None else None
            if tab is not None and isinstance(window, ChatWindow):
                window.close_tab(tab)


def _is_separate(value: JsonValue) -> bool:
    return value == SEPARATE
