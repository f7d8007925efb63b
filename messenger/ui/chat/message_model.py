# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``MessageListModel``: the loaded messages of one conversation, oldest first.

The model keeps message ids in display order, (timestamp, id), plus a row
cache (STYLE 7). New messages (``MessageAdded``) are inserted where they
belong, one ``beginInsertRows`` per batch; ``MessageChanged`` replaces a row
and emits ``dataChanged`` with the roles that changed. Older history comes in
pages: ``canFetchMore``/``fetchMore`` start an async ``load_page(before=oldest
id)``. Qt asks a view's model for more when the view shows its *last* row; a
chat loads at the top, so the view installs a gate (:meth:`set_fetch_gate`)
that says whether the top is near; without one, more is fetched whenever
there is more.

A jump to a message (:meth:`MessageListModel.load_around`) replaces the rows
with a window around it (a model reset). Until newer pages
(:meth:`MessageListModel.load_newer`, asked for by the view near the bottom)
reach the newest message, live messages newer than the window are held, not
appended into the gap; the page that reaches the end brings them in.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel
from PySide6.QtCore import QByteArray
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal

from messenger.core.errors import CoreError
from messenger.core.model import Direction
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.ui.aio import async_slot
from messenger.ui.aio import cancel_slot_tasks
from messenger.ui.aio import signal_future
from messenger.ui.chat.message_texts import MessageTexts
from messenger.ui.chat.styling import is_action

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
PageLoader = Callable[[LocalMessageId | None, int], Awaitable[list[Message]]]
# (after, limit): the messages following ``after``, oldest first.
NewerLoader = Callable[[LocalMessageId, int], Awaitable[list[Message]]]
SenderName = Callable[[Message], str]
SortKey = tuple[datetime, int]

PAGE_SIZE = 50
# Live messages kept while the newest page is not loaded (more: reload them).
MAX_HELD = 500
_USER_ROLE = int(Qt.ItemDataRole.UserRole)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)


class MessageRole(IntEnum):
    """Data roles of :class:`MessageListModel` (plain Python values)."""

    MESSAGE_ID = _USER_ROLE + 1  # int
    MESSAGE = _USER_ROLE + 2  # Message
    SENDER_NAME = _USER_ROLE + 3  # str
    BODY = _USER_ROLE + 4  # str
    TIMESTAMP = _USER_ROLE + 5  # datetime, UTC
    OUTGOING = _USER_ROLE + 6  # bool
    STATE = _USER_ROLE + 7  # str, a DeliveryState value
    ERROR = _USER_ROLE + 8  # str, why a message failed
    EDITED = _USER_ROLE + 9  # bool
    ACTION = _USER_ROLE + 10  # bool: a "/me ..." message
    DAY_LABEL = _USER_ROLE + 11  # str: the date above a day's first row, else ""
    FIRST_UNREAD = _USER_ROLE + 12  # bool: "New messages" goes above this row
    GROUPED = _USER_ROLE + 13  # bool: continues the previous row's sender's run


_STATE_ROLES: list[int] = [
    MessageRole.MESSAGE,
    MessageRole.STATE,
    MessageRole.ERROR,
    _TOOLTIP,
    _ACCESSIBLE,
]
_BODY_ROLES: list[int] = [
    MessageRole.MESSAGE,
    MessageRole.BODY,
    MessageRole.EDITED,
    MessageRole.ACTION,
    _DISPLAY,
    _TOOLTIP,
    _ACCESSIBLE,
]
_NAME_ROLES: list[int] = [
    MessageRole.SENDER_NAME,
    MessageRole.GROUPED,
    _DISPLAY,
    _ACCESSIBLE,
]
# Rows of one sender this close together share one header.
GROUP_WINDOW = timedelta(minutes=5)


def sort_key(message: Message) -> SortKey:
    return (message.timestamp, message.id)


_TEXT_ROLES = {_DISPLAY, _ACCESSIBLE, _TOOLTIP}


def _message_value(message: Message, role: int) -> Any:  # noqa: PLR0911
    """The roles read straight off the message."""
    if role == MessageRole.MESSAGE:
        return message
    if role == MessageRole.OUTGOING:
        return message.direction is Direction.OUTGOING
    if role == MessageRole.STATE:
        return message.state.value
    if role == MessageRole.EDITED:
        return message.edited_at is not None
    if role == MessageRole.TIMESTAMP:
        return message.timestamp
    if role == MessageRole.ERROR:
        return message.error
    return None


def local_day(message: Message) -> date:
    return message.timestamp.astimezone().date()


@dataclass(slots=True)
class _Row:
    message: Message
    day: date
    sender: str


class MessageListModel(QAbstractListModel):
    """One conversation's messages (see the module docstring)."""

    # Rows a history page added (0: nothing older was found).
    older_loaded = Signal(int)
    # Rows a page of newer history added.
    newer_loaded = Signal(int)
    loading_changed = Signal(bool)

    def __init__(
        self,
        load_page: PageLoader,
        sender_name: SenderName,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        load_newer: NewerLoader | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_page = load_page
        self._sender_name = sender_name
        self._page_size = page_size
        self._ids: list[LocalMessageId] = []
        self._keys: list[SortKey] = []
        self._rows: dict[LocalMessageId, _Row] = {}
        self._load_newer_page = load_newer
        self._has_older = True
        self._has_newer = False
        self._held: dict[LocalMessageId, Message] = {}
        self._loading = False
        self._failed = False
        self._closed = False
        self._first_unread: LocalMessageId | None = None
        self._fetch_gate: Callable[[], bool] | None = None
        self.texts = MessageTexts(self)

    # Qt model interface -----------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role in MessageRole:
            names[role.value] = QByteArray(role.name.lower().encode())
        return names

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < len(self._ids):
            return None
        return self._row_data(number, self._rows[self._ids[number]], role)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        if parent.isValid() or not self._may_fetch():
            return False
        return self._fetch_gate is None or self._fetch_gate()

    def fetchMore(self, parent: AnyIndex) -> None:
        if not parent.isValid() and self._may_fetch():
            self._load_older_slot()

    # loading ----------------------------------------------------------------
    def set_fetch_gate(self, gate: Callable[[], bool] | None) -> None:
        """``gate()`` says whether Qt's ``canFetchMore`` may say yes right now."""
        self._fetch_gate = gate

    @property
    def has_older(self) -> bool:
        """More history may exist before the oldest loaded message."""
        return self._has_older

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def has_newer(self) -> bool:
        """Messages newer than the newest loaded one exist (after a jump)."""
        return self._has_newer

    def may_fetch_newer(self) -> bool:
        return self._has_newer and not self._loading and not self._failed

    def fetch_newer(self) -> None:
        """Start loading the page after the newest loaded message."""
        if self.may_fetch_newer():
            self._load_newer_slot()

    @async_slot()
    async def _load_newer_slot(self) -> None:
        await self.load_newer()

    async def load_newer(self, limit: int | None = None) -> int:
        """Load the page after the newest loaded message; return rows added."""
        loader = self._load_newer_page
        if self._loading or not self._has_newer or not self._ids or loader is None:
            return 0
        limit = limit or self._page_size
        self._set_loading(True)
        try:
            page = await loader(self._ids[-1], limit)
        except CoreError as exc:
            log.warning("loading newer history failed: %s", exc)
            self._failed = True
            return 0
        finally:
            self._set_loading(False)
        if self._closed:
            return 0
        if len(page) < limit:  # the end: the live messages held join it
            page += self._held.values()
        added = self._merge(page)
        if len(page) < limit:
            self._has_newer = False
            self._held.clear()
        self.newer_loaded.emit(added)
        return added

    async def load_around(
        self, message_id: LocalMessageId, *, older: int = 0, newer: int = 0
    ) -> bool:
        """Replace the rows with ``message_id`` and its neighbours (a reset).

        False (and the newest messages loaded instead) if it is not found.
        """
        loader = self._load_newer_page
        older, newer = older or self._page_size, newer or self._page_size
        await self.wait_idle()
        # Loading until the rows are replaced: a view scrolling meanwhile
        # (the reset moves it) must not start pages of its own.
        self._set_loading(True)
        try:
            after = await loader(message_id, newer) if loader is not None else []
            anchor = after[0].id if after else None
            before = await self._load_page(anchor, older + 1)
            found = any(m.id == message_id for m in before)
            if found and not self._closed:
                has_older, has_newer = len(before) > older, len(after) == newer
                self._replace(before + after, older=has_older, newer=has_newer)
        except CoreError as exc:
            log.warning("loading history around a message failed: %s", exc)
            return False
        finally:
            self._set_loading(False)
        if found or self._closed:
            return found and not self._closed
        self._replace([], older=True, newer=False)  # the newest page instead
        await self.load_older()
        return False

    async def load_newest(self) -> None:
        """Drop a jumped-to window and load the newest page again (a reset)."""
        await self.wait_idle()
        if self._closed:
            return
        self._replace([], older=True, newer=False)
        await self.load_older()

    def _replace(self, messages: list[Message], *, older: bool, newer: bool) -> None:
        self.beginResetModel()
        ordered = sorted({m.id: m for m in messages}.values(), key=sort_key)
        self._ids = [m.id for m in ordered]
        self._keys = [sort_key(m) for m in ordered]
        self._rows = {
            m.id: _Row(m, local_day(m), self._sender_name(m)) for m in ordered
        }
        self._has_older, self._has_newer = older, newer
        self._held.clear()
        self._failed = False
        self.endResetModel()

    def _may_fetch(self) -> bool:
        return self._has_older and not self._loading and not self._failed

    @async_slot()
    async def _load_older_slot(self) -> None:
        await self.load_older()

    async def load_older(self, limit: int | None = None) -> int:
        """Load the page before the oldest loaded message; return rows added."""
        if self._loading or not self._has_older:
            return 0
        limit = limit or self._page_size
        self._set_loading(True)
        try:
            page = await self._load_page(self._ids[0] if self._ids else None, limit)
        except CoreError as exc:
            log.warning("loading history failed: %s", exc)
            self._failed = True
            return 0
        finally:
            self._set_loading(False)
        if self._closed:
            return 0
        if len(page) < limit:
            self._has_older = False
        added = self._merge(page)
        self.older_loaded.emit(added)
        return added

    async def load_until(self, message_id: LocalMessageId, max_pages: int = 20) -> bool:
        """Load older pages until ``message_id`` is loaded; False if it never came."""
        for _ in range(max_pages):
            if message_id in self._rows or not self._may_fetch_later():
                break
            if self._loading:  # a page is on its way: let it land first
                await signal_future(self.loading_changed)
                continue
            await self.load_older(self._page_size * 4)
        return message_id in self._rows

    def _may_fetch_later(self) -> bool:
        return self._has_older and not self._failed and not self._closed

    async def wait_idle(self) -> None:
        """Return once no page is loading."""
        while self._loading:
            await signal_future(self.loading_changed)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.loading_changed.emit(loading)

    def close(self) -> None:
        """Stop loading (the tab closes)."""
        cancel_slot_tasks(self)
        self._closed = True
        self._has_older = False

    # changes ----------------------------------------------------------------
    def add_message(self, message: Message) -> bool:
        """A new message of this conversation (``MessageAdded``); True if shown.

        One older than everything loaded while more history exists is left
        for the page that brings it.
        """
        if message.id in self._rows:
            return False
        if self._ids and self._has_older and sort_key(message) < self._keys[0]:
            return False
        if self._has_newer and self._ids and sort_key(message) > self._keys[-1]:
            if len(self._held) < MAX_HELD:
                self._held[message.id] = message
            return False
        return self._merge([message]) > 0

    def update_message(self, message: Message) -> bool:
        """A message changed (``MessageChanged``); True if it is loaded."""
        number = self.row_of(message.id)
        if number < 0:
            return False
        row = self._rows[message.id]
        old = row.message
        row.message = message
        roles: list[int] = []
        if (old.state, old.error) != (message.state, message.error):
            roles += _STATE_ROLES
        if (old.body, old.edited_at) != (message.body, message.edited_at):
            roles += [r for r in _BODY_ROLES if r not in roles]
        if roles:
            index = self.index(number)
            self.dataChanged.emit(index, index, roles)
        return True

    def refresh_senders(self) -> None:
        """Names changed (a contact renamed, the account's name): ask again."""
        for row in self._rows.values():
            row.sender = self._sender_name(row.message)
        if self._ids:
            last = self.index(len(self._ids) - 1)
            self.dataChanged.emit(self.index(0), last, _NAME_ROLES)

    def set_first_unread(self, message_id: LocalMessageId | None) -> None:
        """Draw the "New messages" line above this message (None: nowhere)."""
        old, self._first_unread = self._first_unread, message_id
        if old == message_id:
            return
        for changed in (old, message_id):
            if changed is not None and changed in self._rows:
                index = self.index(self.row_of(changed))
                roles = [MessageRole.FIRST_UNREAD, MessageRole.GROUPED]
                self.dataChanged.emit(index, index, roles)

    @property
    def first_unread(self) -> LocalMessageId | None:
        return self._first_unread

    def _merge(self, messages: Iterable[Message]) -> int:
        fresh: dict[LocalMessageId, Message] = {}
        for message in messages:
            if message.id not in self._rows:
                fresh[message.id] = message
        ordered = sorted(fresh.values(), key=sort_key)
        if not ordered:
            return 0
        if not self._ids or sort_key(ordered[-1]) < self._keys[0]:
            self._insert(0, ordered)
        elif sort_key(ordered[0]) > self._keys[-1]:
            self._insert(len(self._ids), ordered)
        else:
            for message in ordered:
                self._insert(bisect.bisect(self._keys, sort_key(message)), [message])
        return len(ordered)

    def _insert(self, row: int, messages: list[Message]) -> None:
        self.beginInsertRows(QModelIndex(), row, row + len(messages) - 1)
        self._ids[row:row] = [m.id for m in messages]
        self._keys[row:row] = [sort_key(m) for m in messages]
        for message in messages:
            self._rows[message.id] = _Row(
                message, local_day(message), self._sender_name(message)
            )
        self.endInsertRows()
        after = row + len(messages)
        if after < len(self._ids):  # its day label or grouping may differ now
            index = self.index(after)
            roles = [MessageRole.DAY_LABEL, MessageRole.GROUPED]
            self.dataChanged.emit(index, index, roles)

    # queries ----------------------------------------------------------------
    def message_at(self, row: int) -> Message:
        return self._rows[self._ids[row]].message

    def row_of(self, message_id: LocalMessageId) -> int:
        """The row of a loaded message, or -1."""
        row = self._rows.get(message_id)
        if row is None:
            return -1
        return bisect.bisect_left(self._keys, sort_key(row.message))

    def messages(self) -> list[Message]:
        return [self._rows[i].message for i in self._ids]

    def last_outgoing(self) -> Message | None:
        for message_id in reversed(self._ids):
            message = self._rows[message_id].message
            if message.direction is Direction.OUTGOING:
                return message
        return None

    def newest_incoming_id(self) -> LocalMessageId | None:
        """The highest id of a loaded incoming message (what ``mark_read`` takes)."""
        incoming = [
            message_id
            for message_id in self._ids
            if self._rows[message_id].message.direction is Direction.INCOMING
        ]
        return max(incoming, default=None)

    # data -------------------------------------------------------------------
    def _row_data(self, number: int, row: _Row, role: int) -> Any:  # noqa: PLR0911
        # An if-chain, most asked first: the delegate asks for several roles
        # of every row at each layout.
        message = row.message
        if role == MessageRole.MESSAGE_ID:
            return int(message.id)
        if role == MessageRole.BODY:
            return message.body
        if role == MessageRole.SENDER_NAME:
            return row.sender
        if role == MessageRole.ACTION:
            return is_action(message.body)
        if role == MessageRole.FIRST_UNREAD:
            return message.id == self._first_unread
        if role in {MessageRole.DAY_LABEL, MessageRole.GROUPED}:
            previous = self._rows[self._ids[number - 1]] if number else None
            if role == MessageRole.GROUPED:
                return self._grouped(row, previous)
            first = previous is None or previous.day != row.day
            return self.texts.day(row.day) if first else ""
        if role in _TEXT_ROLES:
            return self._text(row, role)
        return _message_value(message, role)

    def _text(self, row: _Row, role: int) -> str:
        if role == _DISPLAY:
            return self.texts.display(row.sender, row.message)
        if role == _ACCESSIBLE:
            return self.texts.accessible(row.sender, row.message)
        return self.texts.tooltip(row.message)

    def _grouped(self, row: _Row, previous: _Row | None) -> bool:
        if previous is None or row.message.id == self._first_unread:
            return False
        message, before = row.message, previous.message
        return (
            previous.day == row.day
            and previous.sender == row.sender
            and before.direction is message.direction
            and message.timestamp - before.timestamp <= GROUP_WINDOW
        )

    def state_text(self, message: Message) -> str:
        """The delivery state in words (outgoing messages only)."""
        return self.texts.state(message)
