# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The history window: search every conversation's messages.

Typing searches (``core.search_history``) after a short pause, latest wins:
a new query or filter cancels the search still running. Results come newest
first, each with the contact, the time and the text with the matched words in
bold (the text escaped: peers' text stays text). "Load more" (and scrolling to
the end: ``fetchMore``) pages further back with ``before``. Filters: one
account, one contact (conversation). Activating a result (double-click,
Enter) emits :attr:`HistoryWindow.message_requested` and shows the message in
context (``fetch_history`` up to it) in the preview pane. The results model
and its delegate are in :mod:`messenger.ui.models.history`.
"""

from __future__ import annotations

import asyncio
import html
import logging

from PySide6.QtCore import QEvent
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTextBrowser
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from messenger.core.api import CoreApi
from messenger.core.api import Snapshot
from messenger.core.errors import CoreError
from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import ConversationId
from messenger.core.model import Direction
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.ui.aio import async_slot
from messenger.ui.aio import cancel_slot_tasks
from messenger.ui.models.history import SNIPPET_CHARS
from messenger.ui.models.history import AnyIndex
from messenger.ui.models.history import HistoryResultDelegate
from messenger.ui.models.history import HistoryResultsModel
from messenger.ui.models.history import HistoryRole
from messenger.ui.models.history import Names
from messenger.ui.models.history import format_time
from messenger.ui.models.history import highlight_html
from messenger.ui.models.history import search_terms

# Also the names that moved to messenger.ui.models.history, still importable
# from here.
__all__ = [
    "CONTEXT_SIZE",
    "PAGE_SIZE",
    "SEARCH_DELAY_MS",
    "SNIPPET_CHARS",
    "AnyIndex",
    "HistoryResultsModel",
    "HistoryRole",
    "HistoryWindow",
    "Names",
    "format_time",
    "highlight_html",
    "search_terms",
]

log = logging.getLogger(__name__)

PAGE_SIZE = 50
CONTEXT_SIZE = 10
SEARCH_DELAY_MS = 200


class HistoryWindow(QWidget):
    """Searches the message history (see the module docstring)."""

    # The user wants to see this message in its chat (ConversationId, id).
    message_requested = Signal(int, int)
    # The accounts and contacts are loaded: the filters are ready.
    loaded = Signal()
    # A search (or the next page) is shown.
    results_ready = Signal()
    # The preview shows the context of a message.
    preview_ready = Signal()

    def __init__(self, core: CoreApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self._names: Names = {}
        self._conversations: dict[ConversationId, tuple[AccountId, Address]] = {}
        self._query = ""
        self._search_task: asyncio.Task[None] | None = None
        self.resize(800, 560)
        self._build()
        self.retranslate_ui()
        self._load()

    def _build(self) -> None:
        filters = self._build_filters()
        self._build_results()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.results)
        left_layout.addWidget(self.load_more)
        left_layout.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter)

        self.delay = QTimer(self)
        self.delay.setSingleShot(True)
        self.delay.setInterval(SEARCH_DELAY_MS)
        self.delay.timeout.connect(self._on_delay_timeout)

    def _build_filters(self) -> QHBoxLayout:
        """The search field and the account and contact filters, in a row."""
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.account_filter = QComboBox()
        self.account_filter.addItem("", None)  # "All accounts"
        self.account_filter.currentIndexChanged.connect(self._on_account_filter_changed)
        self.contact_filter = QComboBox()
        self.contact_filter.addItem("", None)  # "All contacts"
        self.contact_filter.currentIndexChanged.connect(self._on_contact_filter_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.account_filter, 1)
        filters.addWidget(self.contact_filter, 1)
        return filters

    def _build_results(self) -> None:
        """The model, the results with "Load more" and status, the preview."""
        self.model = HistoryResultsModel(self)
        self.model.more_requested.connect(self._on_model_more_requested)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HistoryResultDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.activated.connect(self._on_results_activated)
        self.load_more = QPushButton()
        self.load_more.setVisible(False)
        self.load_more.clicked.connect(self._on_model_more_requested)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language (again on LanguageChange).

        Results already shown keep their times' format until the next search.
        """
        self.setWindowTitle(self.tr("History"))
        self.search.setPlaceholderText(self.tr("Search messages"))
        self.search.setAccessibleName(self.tr("Search messages"))
        self.account_filter.setAccessibleName(self.tr("Account"))
        self.account_filter.setItemText(0, self.tr("All accounts"))
        self.contact_filter.setAccessibleName(self.tr("Contact"))
        self.contact_filter.setItemText(0, self.tr("All contacts"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.load_more.setText(self.tr("Load &more"))
        self.preview.setAccessibleName(self.tr("Message in context"))
        self._show_status(more=self.load_more.isVisibleTo(self))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    # loading --------------------------------------------------------------
    @async_slot()
    async def _load(self) -> None:
        self._apply_snapshot(await self._core.snapshot())
        self.loaded.emit()

    def _apply_snapshot(self, snapshot: Snapshot) -> None:
        for contact in snapshot.contacts:
            self._names[(contact.account_id, contact.address)] = contact.display_name
        for conversation in snapshot.conversations:
            self._conversations[conversation.id] = (
                conversation.account_id,
                conversation.peer.bare,
            )
        for account in snapshot.accounts:
            self.account_filter.addItem(
                account.display_name or account.address, account.id
            )
        self._fill_contacts()

    def _fill_contacts(self) -> None:
        account = self.account_filter.currentData()
        self.contact_filter.blockSignals(True)
        try:
            self.contact_filter.clear()
            self.contact_filter.addItem(self.tr("All contacts"), None)
            entries = sorted(
                (self._names.get(key) or str(key[1]), conversation_id)
                for conversation_id, key in self._conversations.items()
                if account is None or key[0] == account
            )
            for name, conversation_id in entries:
                self.contact_filter.addItem(name, conversation_id)
        finally:
            self.contact_filter.blockSignals(False)

    # searching ------------------------------------------------------------
    @property
    def search_task(self) -> asyncio.Task[None] | None:
        """The search (or page) being loaded; a newer one cancels it."""
        return self._search_task

    def _on_search_text_changed(self, _text: str) -> None:
        self.delay.start()

    def _on_delay_timeout(self) -> None:
        self.start_search()

    def _on_account_filter_changed(self, _index: int) -> None:
        self._fill_contacts()
        self.start_search()

    def _on_contact_filter_changed(self, _index: int) -> None:
        self.start_search()

    def start_search(self) -> None:
        """Search for the current text and filters now (the latest search wins)."""
        self.delay.stop()
        self._cancel_search()
        self._query = self.search.text().strip()
        if not search_terms(self._query):
            self.model.set_results([], [], self._names, more=False)
            self._show_status(more=False)
            self.results_ready.emit()
            return
        self._search_task = self._search(before=None)

    def _on_model_more_requested(self) -> None:
        if self.model.has_more and not self.model.loading:
            self._cancel_search()
            self._search_task = self._search(before=self.model.last_id)

    def _cancel_search(self) -> None:
        task = self._search_task
        if task is not None:
            task.cancel()
        self._search_task = None
        self.model.loading = False

    @async_slot(object)
    async def _search(self, before: LocalMessageId | None) -> None:
        self.model.loading = True
        account = self.account_filter.currentData()
        conversation = self.contact_filter.currentData()
        try:
            messages = await self._core.search_history(
                self._query,
                account_id=account,
                conversation_id=conversation,
                before=before,
                limit=PAGE_SIZE,
            )
        except CoreError as exc:
            log.warning("Searching the history failed: %s", exc.code.value)
            self.model.loading = False
            self.status.setText(self.tr("The search failed."))
            return
        self.model.loading = False
        more = len(messages) == PAGE_SIZE
        if before is None:
            self.model.set_results(
                messages, search_terms(self._query), self._names, more
            )
        else:
            self.model.append(messages, self._names, more)
        self._show_status(more=more)
        self.results_ready.emit()

    def _show_status(self, *, more: bool) -> None:
        count = self.model.rowCount()
        self.load_more.setVisible(more)
        if not self._query:
            self.status.setText("")
        elif count == 0:
            self.status.setText(self.tr("No messages found."))
        else:
            self.status.setText(self.tr("%Ln message(s) found", "", count))

    # preview --------------------------------------------------------------
    def _on_results_activated(self, index: QModelIndex) -> None:
        message = self.model.message_at(index.row())
        self.message_requested.emit(message.conversation_id, message.id)
        self._show_context(message)

    @async_slot(object)
    async def _show_context(self, target: Message) -> None:
        try:
            messages = await self._core.fetch_history(
                target.conversation_id,
                before=LocalMessageId(target.id + 1),
                limit=CONTEXT_SIZE,
            )
        except CoreError as exc:
            log.warning("Loading the context failed: %s", exc.code.value)
            messages = [target]
        terms = search_terms(self._query)
        lines = []
        for message in messages:
            if message.direction is Direction.OUTGOING:
                sender = self.tr("Me")
            else:
                key = (message.account_id, message.peer.bare)
                sender = self._names.get(key) or str(message.peer.bare)
            line = self.tr("%1 %2: %3")
            text = highlight_html(message.body, terms)
            line = (
                line.replace("%1", html.escape(format_time(message)))
                .replace("%2", html.escape(sender))
                .replace("%3", text)
            )
            if message.id == target.id:
                line = (
                    '<p style="background-color: palette(highlight); '
                    f'color: palette(highlighted-text)">{line}</p>'
                )
            else:
                line = f"<p>{line}</p>"
            lines.append(line)
        self.preview.setHtml("".join(lines))
        self.preview_ready.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._cancel_search()
        cancel_slot_tasks(self)
        super().closeEvent(event)
