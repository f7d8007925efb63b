# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""History search results: the list model, its delegate and the highlighting.

:class:`HistoryResultsModel` holds the messages of a search in the order given
(newest first). Each row keeps the message, the contact's name (from the
``Names`` given, else the bare address) and its markup: the contact and the
time in bold, then the body, cut after ``SNIPPET_CHARS``, escaped, with the
words that start with a search term in bold. Peers' text is never markup.
:meth:`~HistoryResultsModel.set_results` resets the model (a new search),
:meth:`~HistoryResultsModel.append` inserts the next, older page; while
``has_more`` and not ``loading``, ``fetchMore`` emits ``more_requested`` and
the owner loads that page. Roles are :class:`HistoryRole`; ``DisplayRole`` is
"contact, time: body" as plain text.

:class:`HistoryResultDelegate` draws the ``HTML`` role as rich text, as wide
as the view. :func:`search_terms` and :func:`highlight_html` fold case and
accents as the search does and match terms as word prefixes.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractListModel
from PySide6.QtCore import QDateTime
from PySide6.QtCore import QLocale
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QAbstractTextDocumentLayout
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPalette
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QStyledItemDelegate
from PySide6.QtWidgets import QStyleOptionViewItem
from PySide6.QtWidgets import QWidget

from messenger.core.model import AccountId
from messenger.core.model import Address
from messenger.core.model import LocalMessageId
from messenger.core.model import Message
from messenger.ui.widgets.text import fill

SNIPPET_CHARS = 300
_TOKEN_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No", "Co"})
Names = dict[tuple[AccountId, Address], str]
AnyIndex = QModelIndex | QPersistentModelIndex


def _is_token_char(char: str) -> bool:
    return unicodedata.category(char) in _TOKEN_CATEGORIES


def _fold(text: str) -> tuple[str, list[int]]:
    """``text`` case- and accent-folded, with each folded char's index in it."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(part):
                continue
            for folded in part.casefold():
                chars.append(folded)
                origin.append(index)
    return "".join(chars), origin


def search_terms(query: str) -> list[str]:
    """The words of a query, folded (what the search matches as prefixes)."""
    folded, _ = _fold(query)
    words = "".join(c if _is_token_char(c) else " " for c in folded)
    return [word for word in words.split() if word]


def highlight_html(text: str, terms: Sequence[str]) -> str:
    """``text`` as escaped HTML with words starting with a term in bold."""
    folded, origin = _fold(text)
    marks = [False] * len(text)
    for term in terms:
        start = folded.find(term)
        while start >= 0:
            if start == 0 or not _is_token_char(folded[start - 1]):
                for index in origin[start : start + len(term)]:
                    marks[index] = True
            start = folded.find(term, start + 1)
    parts: list[str] = []
    run_start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or marks[index] != marks[run_start]:
            piece = html.escape(text[run_start:index])
            parts.append(f"<b>{piece}</b>" if marks[run_start] else piece)
            run_start = index
    return "".join(parts).replace("\n", "<br>")


def format_time(message: Message) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(message.timestamp.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class HistoryRole(IntEnum):
    MESSAGE_ID = Qt.ItemDataRole.UserRole + 1
    CONVERSATION_ID = Qt.ItemDataRole.UserRole + 2
    CONTACT = Qt.ItemDataRole.UserRole + 3
    TIME = Qt.ItemDataRole.UserRole + 4
    BODY = Qt.ItemDataRole.UserRole + 5
    HTML = Qt.ItemDataRole.UserRole + 6


class HistoryResultsModel(QAbstractListModel):
    """Search results, newest first; ``fetchMore`` asks for the next page."""

    more_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Message, str, str]] = []  # message, contact, html
        self._terms: list[str] = []
        self.has_more = False
        self.loading = False

    def set_results(
        self, messages: Sequence[Message], terms: list[str], names: Names, more: bool
    ) -> None:
        """Replace the results (a new search)."""
        self.beginResetModel()
        self._terms = terms
        self._rows = [self._row(m, names) for m in messages]
        self.has_more = more
        self.endResetModel()

    def append(self, messages: Sequence[Message], names: Names, more: bool) -> None:
        """Add the next (older) page."""
        self.has_more = more
        if messages:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(messages) - 1)
            self._rows.extend(self._row(m, names) for m in messages)
            self.endInsertRows()

    def _row(self, message: Message, names: Names) -> tuple[Message, str, str]:
        contact = names.get((message.account_id, message.peer.bare), "")
        contact = contact or str(message.peer.bare)
        body = message.body
        if len(body) > SNIPPET_CHARS:
            body = body[:SNIPPET_CHARS] + "…"
        head = f"<b>{html.escape(contact)}</b> — {html.escape(format_time(message))}"
        return message, contact, f"{head}<br>{highlight_html(body, self._terms)}"

    @property
    def last_id(self) -> LocalMessageId | None:
        return self._rows[-1][0].id if self._rows else None

    def message_at(self, row: int) -> Message:
        return self._rows[row][0]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = 0) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        message, contact, markup = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            #: A search result read aloud or copied: contact, time, message.
            text = self.tr("%1, %2: %3")
            return fill(text, contact, format_time(message), message.body)
        values = {
            HistoryRole.MESSAGE_ID: message.id,
            HistoryRole.CONVERSATION_ID: message.conversation_id,
            HistoryRole.CONTACT: contact,
            HistoryRole.TIME: format_time(message),
            HistoryRole.BODY: message.body,
            HistoryRole.HTML: markup,
        }
        return values.get(role)  # type: ignore[call-overload]

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self.has_more and not self.loading

    def fetchMore(self, parent: AnyIndex) -> None:
        if self.canFetchMore(parent):
            self.more_requested.emit()


class HistoryResultDelegate(QStyledItemDelegate):
    """Draws a result's HTML role (our own escaped markup) as rich text."""

    def _document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HistoryRole.HTML) or ""))
        view = option.widget
        width = view.width() if isinstance(view, QListView) else option.rect.width()
        document.setTextWidth(max(width - 8, 100))
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget: QWidget | None = item.widget  # None when painted off a view
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if item.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text,
                item.palette.color(QPalette.ColorRole.HighlightedText),
            )
        document = self._document(option, index)  # must outlive its layout
        painter.save()
        painter.translate(item.rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.textWidth()), int(document.size().height()))
