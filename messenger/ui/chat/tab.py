# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``ChatTab``: one conversation, as a tab of a chat window.

From the top: the contact header, the messages, the find bar (Ctrl+F) and
the compose area (:mod:`.compose_area`: sending, correcting, chat states).
The tab loads history, retries failed messages and marks messages read while
the user can see it (visible in the active window). :meth:`ChatTab.show_message`
jumps to a message (a search result): a window of history around it replaces
the loaded rows, and the message is centred and briefly selected; sending a
message from there goes back to the newest ones. The manager
(:class:`messenger.ui.chat.manager.ChatWindows`) feeds it the events of its
conversation through the ``apply_*`` methods.

A group conversation (kind GROUP) shows each incoming message's sender: the
resource where there is one (a MUC nick), else the member's name when the
member is a contact of the account, else the member's address; its header
shows the group's name and "Group chat" instead of a presence.

Commands the user gave (send, correct, retry, mark read) start at once
through :mod:`.commands`: closing the tab cancels only the follow-up, never
the command.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtCore import QLocale
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import QUrl
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtGui import QDesktopServices
from PySide6.QtGui import QHideEvent
from PySide6.QtGui import QIcon
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from messenger.core.api import CoreApi
from messenger.core.errors import CoreError
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import ChatState
from messenger.core.model import Conversation
from messenger.core.model import ConversationId
from messenger.core.model import ConversationKind
from messenger.core.model import Direction
from messenger.core.model import ErrorCode
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.core.model import Show
from messenger.ui.aio import async_slot
from messenger.ui.aio import cancel_slot_tasks
from messenger.ui.chat.commands import start_command
from messenger.ui.chat.compose_area import ComposeArea
from messenger.ui.chat.directory import ChatDirectory
from messenger.ui.chat.find_bar import ConversationFinder
from messenger.ui.chat.find_bar import FindBar
from messenger.ui.chat.header import ContactHeader
from messenger.ui.chat.links import is_allowed_link
from messenger.ui.chat.links import xmpp_address
from messenger.ui.chat.message_model import PAGE_SIZE
from messenger.ui.chat.message_model import MessageListModel
from messenger.ui.chat.message_view import MessageView
from messenger.ui.icons import group_icon
from messenger.ui.icons import presence_icon

log = logging.getLogger(__name__)

MAX_FIRST_PAGE = 500
# How long a jumped-to message stays selected (ms).
HIGHLIGHT_MS = 2000


class ChatTab(QWidget):
    """A conversation (see the module docstring)."""

    # The title (name or unread count) changed.
    title_changed = Signal()
    # An xmpp: link to someone was activated: (account id, Address).
    chat_requested = Signal(str, object)

    def __init__(
        self,
        core: CoreApi,
        directory: ChatDirectory,
        conversation: Conversation,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._core = core
        self._directory = directory
        self._conversation = conversation
        self._closed = False
        self._read_requested: LocalMessageId | None = None
        self._name = ""
        self._show = Show.OFFLINE
        # How links are opened (tests replace it).
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._build()
        self.retranslate_ui()
        self.refresh_contact()

    def _build(self) -> None:
        self.header = ContactHeader()
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.view = MessageView()
        self.model = MessageListModel(
            self._load_page, self._sender_name, self, load_newer=self._load_newer
        )
        self._highlighted: QPersistentModelIndex | None = None
        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.setInterval(HIGHLIGHT_MS)
        self._highlight_timer.timeout.connect(self._on_highlight_timer_timeout)
        self.view.set_message_model(self.model)
        self.view.retry_requested.connect(self._on_view_retry_requested)
        self.view.link_activated.connect(self._on_view_link_activated)
        self.find_bar = FindBar()
        self.finder = ConversationFinder(
            self.find_bar, self.view, self.model, self._search_older, self
        )
        self.find_bar.closed.connect(self._on_find_bar_closed)
        self.compose = ComposeArea(
            self._core,
            self._directory,
            self.model,
            account_id=self.account_id,
            peer=self.peer,
        )
        self.compose.escaped.connect(self.find_bar.close_bar)
        # The compose area's parts, for callers and tests.
        self.composer = self.compose.composer
        self.edit_banner = self.compose.edit_banner
        self.error_label = self.compose.error_label
        self.states = self.compose.states
        self.setFocusProxy(self.composer)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        parts: list[QWidget] = [self.header, line, self.view, self.find_bar]
        for widget in (*parts, self.compose):
            layout.addWidget(widget, 1 if widget is self.view else 0)
        self._add_actions()

    def _add_actions(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.find_action = QAction(self)
        self.find_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Find)
            or [QKeySequence("Ctrl+F")]
        )
        self.find_action.setShortcutContext(context)
        self.find_action.triggered.connect(self.find_bar.open_bar)
        self.addAction(self.find_action)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language (again on LanguageChange).

        The messages' words and times are drawn from the model at paint time.
        """
        self.setAccessibleName(self.tr("Conversation"))
        self.find_action.setText(self.tr("&Find…"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.title_changed.emit()  # "%1 (%2)" and the count's digits

    # identity -----------------------------------------------------------------
    @property
    def conversation(self) -> Conversation:
        return self._conversation

    @property
    def conversation_id(self) -> ConversationId:
        return self._conversation.id

    @property
    def account_id(self) -> AccountId:
        return self._conversation.account_id

    @property
    def peer(self) -> Address:
        return self._conversation.peer

    @property
    def display_name(self) -> str:
        return self._name

    @property
    def unread_count(self) -> int:
        return self._conversation.unread_count

    @property
    def presence_show(self) -> Show:
        return self._show

    @property
    def is_group(self) -> bool:
        return self._conversation.kind is ConversationKind.GROUP

    def icon(self) -> QIcon:
        """The peer's presence icon; a group's icon for a group chat."""
        return group_icon() if self.is_group else presence_icon(self._show.value)

    def title(self, elide: Callable[[str], str] = str) -> str:
        """The name (through ``elide``), with the unread count (plain text)."""
        name = elide(self._name)
        if not self.unread_count:
            return name
        text = self.tr("%1 (%2)").replace("%1", name)
        return text.replace("%2", QLocale().toString(self.unread_count))

    @property
    def editing(self) -> Message | None:
        """The message being corrected, if any."""
        return self.compose.editing

    # loading and events -------------------------------------------------------
    async def _load_page(
        self, before: LocalMessageId | None, limit: int
    ) -> list[Message]:
        return await self._core.fetch_history(
            self.conversation_id, before=before, limit=limit
        )

    async def _load_newer(self, after: LocalMessageId, limit: int) -> list[Message]:
        return await self._core.fetch_history(
            self.conversation_id, after=after, limit=limit
        )

    async def _search_older(
        self, query: str, before: LocalMessageId | None
    ) -> list[Message]:
        return await self._core.search_history(
            query, conversation_id=self.conversation_id, before=before, limit=1
        )

    def _sender_name(self, message: Message) -> str:
        if message.direction is Direction.OUTGOING:
            return self._directory.own_name(self.account_id) or self.tr("Me")
        if self.is_group:
            # A MUC nick is the resource; mail group members have none.
            if message.sender.resource:
                return message.sender.resource
            return self._directory.display_name(self.account_id, message.sender)
        return self._name

    async def load(self) -> None:
        """Load the newest messages (and every unread one, up to a limit)."""
        limit = min(max(PAGE_SIZE, self.unread_count + 10), MAX_FIRST_PAGE)
        await self.model.wait_idle()  # a page the view asked for already
        if (missing := limit - self.model.rowCount()) > 0:
            await self.model.load_older(missing)
        if self._closed:
            return
        if self.unread_count:
            read_up_to = self._conversation.read_up_to or 0
            unread = [
                m
                for m in self.model.messages()
                if m.direction is Direction.INCOMING and m.id > read_up_to
            ]
            if unread:
                self.model.set_first_unread(unread[0].id)
        self.view.scrollToBottom()
        if (first := self.model.first_unread) is not None:
            index = self.model.index(self.model.row_of(first))
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self.check_read()

    async def show_message(self, message_id: LocalMessageId) -> bool:
        """Scroll to ``message_id`` and select it briefly; False if not found.

        A message not loaded brings a window of history around it (the loaded
        rows are replaced); older and newer pages load as the user scrolls.
        """
        await self.model.wait_idle()
        if self.model.row_of(message_id) < 0:
            found = await self.model.load_around(message_id)
            if self._closed or not found:
                return False
        row = self.model.row_of(message_id)
        if row < 0:  # gone while loading
            return False
        index = self.model.index(row)
        self.view.executeDelayedItemsLayout()
        self.view.setCurrentIndex(index)  # selects it: the highlight
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._highlighted = QPersistentModelIndex(index)
        self._highlight_timer.start()
        self.check_read()
        return True

    def _on_highlight_timer_timeout(self) -> None:
        highlighted, self._highlighted = self._highlighted, None
        selection = self.view.selectionModel()
        if highlighted is None or not highlighted.isValid() or selection is None:
            return
        if [QPersistentModelIndex(i) for i in selection.selectedRows()] == [
            highlighted
        ]:
            selection.clearSelection()

    @async_slot()
    async def _back_to_newest(self) -> None:
        await self.model.load_newest()
        if not self._closed:
            self.view.scrollToBottom()
            self.check_read()

    def apply_message_added(self, message: Message) -> None:
        if self.model.has_newer and message.direction is Direction.OUTGOING:
            self._back_to_newest()  # the user wrote: show the conversation's end
            return
        shown = self.model.add_message(message)
        if not shown or message.direction is not Direction.INCOMING:
            return
        self.header.set_chat_state(ChatState.ACTIVE)
        if self.model.first_unread is None and not self.is_seen():
            self.model.set_first_unread(message.id)
        self.check_read()

    def apply_message_changed(self, message: Message) -> None:
        self.model.update_message(message)

    def apply_chat_state(self, state: ChatState) -> None:
        self.header.set_chat_state(state)

    def apply_conversation(self, conversation: Conversation) -> None:
        self._conversation = conversation
        self.title_changed.emit()

    def refresh_contact(self) -> None:
        """Names, presence or status changed: redraw the header and title."""
        name = self._directory.display_name(self.account_id, self.peer)
        renamed = name != self._name
        self._name = name
        if self.is_group:  # no presence: the group's name and "Group chat"
            self.header.set_group(name, str(self.peer))
            if renamed:
                self.title_changed.emit()
            return
        self.header.set_contact(name, str(self.peer))
        presence = self._directory.presence(self.account_id, self.peer)
        show = presence.show if presence is not None else Show.OFFLINE
        self.header.set_presence(show, presence.status if presence else "")
        changed = renamed or show is not self._show
        self._show = show
        if renamed:
            self.model.refresh_senders()
        if changed:
            self.title_changed.emit()

    def refresh_members(self) -> None:
        """Contacts of the account changed: a group's sender names may have."""
        if self.is_group:
            self.model.refresh_senders()

    def refresh_account(self) -> None:
        """The account's name or capabilities changed."""
        self.model.refresh_senders()
        self.compose.refresh_capabilities()

    # reading ------------------------------------------------------------------
    def is_seen(self) -> bool:
        """The user can see this conversation: shown, in the active window."""
        window = self.window()
        return self.isVisible() and window.isActiveWindow() and not window.isMinimized()

    def check_read(self) -> None:
        """Mark the newest incoming message read if the user can see it."""
        if not self.is_seen():
            return
        newest = self.model.newest_incoming_id()
        if newest is None or newest <= (self._read_requested or 0):
            return
        read = self._conversation.read_up_to
        if read is not None and newest <= read and not self.unread_count:
            return
        self._read_requested = newest
        self._after_mark_read(
            start_command(self._core.mark_read(self.conversation_id, newest))
        )

    @async_slot(object)
    async def _after_mark_read(self, command: asyncio.Task[None]) -> None:
        try:
            await asyncio.shield(command)
        except CoreError as exc:
            log.warning("marking a conversation read failed: %s", exc)
            self._read_requested = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.states.shown()
        self.check_read()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.states.hidden()

    def show_error(self, code: ErrorCode) -> None:
        self.compose.show_error(code)

    def _on_find_bar_closed(self) -> None:
        self.composer.setFocus()

    # messages -----------------------------------------------------------------
    def _on_view_retry_requested(self, message_id: int) -> None:
        retry = self._core.retry_message(LocalMessageId(message_id))
        self._after_retry(start_command(retry))

    @async_slot(object)
    async def _after_retry(self, command: asyncio.Task[Message]) -> None:
        try:
            await asyncio.shield(command)
        except CoreError as exc:
            self.show_error(exc.code)

    def _on_view_link_activated(self, url: str) -> None:
        if not is_allowed_link(url):
            return
        if (address := xmpp_address(url)) is not None:
            self.chat_requested.emit(self.account_id, address)
        else:
            self.open_url(QUrl(url, QUrl.ParsingMode.StrictMode))

    def shutdown(self) -> bool:
        """Stop everything (the tab closes); True if the peer should get "gone"."""
        self._closed = True
        engaged = self.compose.shutdown()
        self.model.close()
        cancel_slot_tasks(self.finder)
        cancel_slot_tasks(self)
        return engaged
