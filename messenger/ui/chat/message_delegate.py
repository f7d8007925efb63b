# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``MessageDelegate``: draws one message row of a :class:`MessageListModel`.

A row is, from the top: the day separator (first message of a local day),
the "New messages" line (first unread message), a header with the sender,
the time, "edited" and the delivery mark of outgoing messages (pending ◌,
sent ✓, delivered ✓✓, read ✓✓ coloured, failed ⚠), then the body. The body is
a ``QTextDocument`` built from :func:`messenger.ui.chat.styling.body_html`
(escaped spans, our own markup), cached per message and width; no widget per
message. Find-in-conversation terms are highlighted in the document.

A row is laid out left to right, then mirrored in a right-to-left UI (the
view's layout direction): the sender goes to the right edge, the time and the
mark to the left. The body keeps its own text's direction.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import QPoint
from PySide6.QtCore import QPointF
from PySide6.QtCore import QRect
from PySide6.QtCore import QRectF
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtGui import QAbstractTextDocumentLayout
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import QHelpEvent
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPalette
from PySide6.QtGui import QTextCharFormat
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QStyledItemDelegate
from PySide6.QtWidgets import QStyleOptionViewItem
from PySide6.QtWidgets import QToolTip

from messenger.core.model import DeliveryState
from messenger.ui.chat.message_model import MessageRole
from messenger.ui.chat.message_texts import short_time
from messenger.ui.chat.styling import Colours
from messenger.ui.chat.styling import body_html
from messenger.ui.chat.styling import close_bidi
from messenger.ui.chat.styling import plain_tooltip

AnyIndex = QModelIndex | QPersistentModelIndex

PAD_X = 8
PAD_Y = 4
GAP = 2
CACHE_SIZE = 600

MARKS = {
    DeliveryState.PENDING: "◌",
    DeliveryState.SENT: "✓",
    DeliveryState.DELIVERED: "✓✓",
    DeliveryState.READ: "✓✓",
    DeliveryState.FAILED: "⚠",
}
READ_COLOUR = QColor("#1f9d55")
FAILED_COLOUR = QColor("#d0342c")


@dataclass(frozen=True, slots=True)
class RowGeometry:
    """Where the parts of a row go (view coordinates)."""

    day: QRect
    marker: QRect
    header: QRect
    mark: QRect
    body: QRect

    @property
    def height(self) -> int:
        return self.body.bottom() + 1 + PAD_Y - self.day.top()


@dataclass(frozen=True, slots=True)
class _Fonts:
    """The view's font and those derived from it, with their metrics."""

    base: QFont
    bold: QFont
    small: QFont
    bold_metrics: QFontMetrics
    small_metrics: QFontMetrics
    mark_width: int

    @classmethod
    def of(cls, base: QFont) -> _Fonts:
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.85, 6.0))
        bold_metrics = QFontMetrics(bold)
        mark_width = bold_metrics.horizontalAdvance("✓✓") + GAP
        return cls(base, bold, small, bold_metrics, QFontMetrics(small), mark_width)


class MessageDelegate(QStyledItemDelegate):
    """Paints messages (see the module docstring); ``view`` gives the width."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._docs: OrderedDict[int, tuple[tuple[object, ...], QTextDocument]] = (
            OrderedDict()
        )
        self._highlight: tuple[str, ...] = ()
        self._colours = Colours()
        self._font_cache: _Fonts | None = None
        self.update_palette(view.palette())

    # settings ---------------------------------------------------------------
    def update_palette(self, palette: QPalette) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        self._colours = Colours(
            link=palette.color(QPalette.ColorRole.Link).name(),
            dim=_mix(palette.color(QPalette.ColorRole.Text), base, 0.5),
            quote="#8fb08f" if dark else "#4f704f",
            code_background=palette.color(QPalette.ColorRole.AlternateBase).name(),
        )
        self._docs.clear()

    def set_highlight(self, terms: tuple[str, ...]) -> None:
        """Highlight these terms (find in conversation); () for none."""
        self._highlight = terms

    @property
    def highlight(self) -> tuple[str, ...]:
        return self._highlight

    # geometry ---------------------------------------------------------------
    def _fonts(self) -> _Fonts:
        base = self._view.font()
        if self._font_cache is None or self._font_cache.base != base:
            self._font_cache = _Fonts.of(base)
        return self._font_cache

    def geometry(self, rect: QRect, index: AnyIndex) -> RowGeometry:
        """The parts of the row of ``index`` drawn in ``rect`` (its top/width).

        A row that continues its sender's run (``GROUPED``) has no header
        line: its time and mark go to the right of the body's first line.
        """
        fonts = self._fonts()
        small_height = fonts.small_metrics.height()
        left, width = rect.left() + PAD_X, max(rect.width() - 2 * PAD_X, 40)
        y = rect.top()
        mark_width = fonts.mark_width
        if index.data(MessageRole.GROUPED):
            header = QRect(left, y + GAP, width, fonts.bold_metrics.height())
            mark = QRect(
                header.right() - mark_width + 1,
                header.top(),
                mark_width,
                header.height(),
            )
            meta = fonts.small_metrics.horizontalAdvance(self._time_text(index))
            body_width = max(width - meta - mark_width - PAD_X, 40)
            doc = self.document(index, body_width)
            body = QRect(left, header.top(), body_width, int(doc.size().height() + 0.5))
            empty = QRect(rect.left(), y, rect.width(), 0)
            return self._visual(rect, RowGeometry(empty, empty, header, mark, body))
        day_height = (
            small_height + 2 * PAD_Y if index.data(MessageRole.DAY_LABEL) else 0
        )
        day = QRect(rect.left(), y, rect.width(), day_height)
        y += day_height
        marker_height = (
            small_height + PAD_Y if index.data(MessageRole.FIRST_UNREAD) else 0
        )
        marker = QRect(rect.left(), y, rect.width(), marker_height)
        y += marker_height + PAD_Y
        header = QRect(left, y, width, fonts.bold_metrics.height())
        mark = QRect(header.right() - mark_width + 1, y, mark_width, header.height())
        y += header.height() + GAP
        doc = self.document(index, width)
        body = QRect(left, y, width, int(doc.size().height() + 0.5))
        return self._visual(rect, RowGeometry(day, marker, header, mark, body))

    def _visual(self, row: QRect, geometry: RowGeometry) -> RowGeometry:
        """``geometry`` (laid out left to right in ``row``) as the UI shows it."""
        if self._view.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            return geometry
        return RowGeometry(
            day=self._mirror(row, geometry.day),
            marker=self._mirror(row, geometry.marker),
            header=self._mirror(row, geometry.header),
            mark=self._mirror(row, geometry.mark),
            body=self._mirror(row, geometry.body),
        )

    def _mirror(self, row: QRect, rect: QRect) -> QRect:
        """``rect`` mirrored in ``row`` in a right-to-left UI (else as it is)."""
        return QStyle.visualRect(self._view.layoutDirection(), row, rect)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = self._view.viewport().width()
        geometry = self.geometry(QRect(0, 0, width, 0), index)
        return QSize(width, geometry.height)

    # documents --------------------------------------------------------------
    def document(self, index: AnyIndex, width: int) -> QTextDocument:
        """The body of ``index`` laid out at ``width`` (cached)."""
        message_id = int(index.data(MessageRole.MESSAGE_ID) or 0)
        body = str(index.data(MessageRole.BODY) or "")
        action_by = str(index.data(MessageRole.SENDER_NAME) or "")
        if not index.data(MessageRole.ACTION):
            action_by = ""
        key = (body, action_by, self._highlight, width, self._colours)
        cached = self._docs.get(message_id)
        if cached is not None and cached[0] == key:
            self._docs.move_to_end(message_id)
            return cached[1]
        doc = QTextDocument()
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self._view.font())
        doc.setHtml(body_html(body, self._colours, action_by=action_by))
        doc.setTextWidth(width)
        self._mark_terms(doc)
        self._docs[message_id] = (key, doc)
        if len(self._docs) > CACHE_SIZE:
            self._docs.popitem(last=False)
        return doc

    def _mark_terms(self, doc: QTextDocument) -> None:
        if not self._highlight:
            return
        found = QTextCharFormat()
        found.setBackground(QColor("#ffd54f"))
        found.setForeground(QColor("#000000"))
        for term in self._highlight:
            cursor = doc.find(term)
            while not cursor.isNull():
                cursor.mergeCharFormat(found)
                cursor = doc.find(term, cursor)

    def anchor_at(self, rect: QRect, index: AnyIndex, pos: QPoint) -> str:
        """The link under ``pos`` (view coordinates) in the row drawn at ``rect``."""
        body = self.geometry(rect, index).body
        if not body.contains(pos):
            return ""
        doc = self.document(index, body.width())
        return doc.documentLayout().anchorAt(QPointF(pos - body.topLeft()))

    def links(self, index: AnyIndex) -> list[str]:
        """The links of the message at ``index``, in order, without repeats."""
        doc = self.document(index, max(self._view.viewport().width() - 2 * PAD_X, 40))
        found: list[str] = []
        block = doc.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                href = iterator.fragment().charFormat().anchorHref()
                if href and href not in found:
                    found.append(href)
                iterator += 1
            block = block.next()
        return found

    # painting ---------------------------------------------------------------
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        geometry = self.geometry(option.rect, index)
        palette = option.palette
        painter.save()
        # A painter takes the application's direction; geometry() the view's.
        painter.setLayoutDirection(self._view.layoutDirection())
        if option.state & QStyle.StateFlag.State_Selected:
            shade = QColor(palette.color(QPalette.ColorRole.Highlight))
            shade.setAlpha(70)
            message_area = QRect(option.rect)
            message_area.setTop(max(option.rect.top(), geometry.header.top() - PAD_Y))
            painter.fillRect(message_area, shade)
        self._paint_separators(painter, palette, geometry, index)
        self._paint_header(painter, palette, geometry, option.rect, index)
        self._paint_body(painter, palette, geometry, index)
        if option.state & QStyle.StateFlag.State_HasFocus:
            focus = QRect(option.rect)
            focus.setTop(max(option.rect.top(), geometry.header.top() - PAD_Y))
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(focus.adjusted(0, 0, -1, -1))
        painter.restore()

    def _paint_separators(
        self,
        painter: QPainter,
        palette: QPalette,
        geometry: RowGeometry,
        index: AnyIndex,
    ) -> None:
        small = QFont(self._fonts().small)
        if label := str(index.data(MessageRole.DAY_LABEL) or ""):
            painter.setFont(small)
            colour = palette.color(QPalette.ColorRole.PlaceholderText)
            self._centred_rule(painter, geometry.day, label, colour)
        if index.data(MessageRole.FIRST_UNREAD):
            small.setBold(True)
            painter.setFont(small)
            colour = palette.color(QPalette.ColorRole.Highlight)
            self._centred_rule(
                painter, geometry.marker, self.tr("New messages"), colour
            )

    def _centred_rule(
        self, painter: QPainter, rect: QRect, text: str, colour: QColor
    ) -> None:
        metrics = painter.fontMetrics()
        text_width = metrics.horizontalAdvance(text) + 2 * PAD_X
        middle = rect.center().y()
        painter.setPen(colour)
        left = rect.center().x() - text_width // 2
        painter.drawLine(rect.left() + PAD_X, middle, left, middle)
        painter.drawLine(left + text_width, middle, rect.right() - PAD_X, middle)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_header(
        self,
        painter: QPainter,
        palette: QPalette,
        geometry: RowGeometry,
        row: QRect,
        index: AnyIndex,
    ) -> None:
        # Placed left to right (as geometry() does), each part drawn mirrored.
        fonts = self._fonts()
        bold, small = fonts.bold, fonts.small
        header = self._mirror(row, geometry.header)
        outgoing = bool(index.data(MessageRole.OUTGOING))
        right = header.right()
        if outgoing:
            mark, colour = self.mark_for(index, palette)
            painter.setFont(bold)
            painter.setPen(colour)
            # The painter mirrors the alignment: the mark keeps to the edge.
            painter.drawText(geometry.mark, Qt.AlignmentFlag.AlignRight, mark)
            right = self._mirror(row, geometry.mark).left() - GAP
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        time = self._time_text(index)
        metrics = painter.fontMetrics()
        time_width = metrics.horizontalAdvance(time)
        time_rect = QRect(right - time_width, header.top(), time_width, header.height())
        painter.drawText(
            self._mirror(row, time_rect), Qt.AlignmentFlag.AlignVCenter, time
        )
        if index.data(MessageRole.GROUPED):
            return
        painter.setFont(bold)
        name_colour = palette.color(
            QPalette.ColorRole.Link if outgoing else QPalette.ColorRole.Text
        )
        painter.setPen(name_colour)
        name_width = max(time_rect.left() - header.left() - 2 * PAD_X, 0)
        name = close_bidi(str(index.data(MessageRole.SENDER_NAME) or ""))
        elided = painter.fontMetrics().elidedText(
            name, Qt.TextElideMode.ElideRight, name_width
        )
        # AlignLeft, mirrored by the painter: at the start of the row whatever
        # the name's own direction (without it, the name's direction decides).
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            self._mirror(
                row, QRect(header.left(), header.top(), name_width, header.height())
            ),
            align | Qt.TextFlag.TextSingleLine,
            elided,
        )

    def _time_text(self, index: AnyIndex) -> str:
        stamp = index.data(MessageRole.TIMESTAMP)
        time = short_time(stamp) if isinstance(stamp, datetime) else ""
        if index.data(MessageRole.EDITED):
            time = self.tr("edited %1").replace("%1", time)
        return time

    def mark_for(self, index: AnyIndex, palette: QPalette) -> tuple[str, QColor]:
        """The delivery mark of an outgoing message and its colour ("" if none)."""
        if not index.data(MessageRole.OUTGOING):
            return "", QColor()
        state = DeliveryState(str(index.data(MessageRole.STATE)))
        return MARKS.get(state, ""), _mark_colour(state, palette)

    def _paint_body(
        self,
        painter: QPainter,
        palette: QPalette,
        geometry: RowGeometry,
        index: AnyIndex,
    ) -> None:
        body = geometry.body
        doc = self.document(index, body.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = palette
        context.clip = QRectF(0, 0, body.width(), body.height())
        painter.translate(body.topLeft())
        painter.setClipRect(QRect(0, 0, body.width(), body.height()))
        doc.documentLayout().draw(painter, context)

    # tooltips ---------------------------------------------------------------
    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        geometry = self.geometry(option.rect, index)
        text = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        if geometry.mark.contains(event.pos()) and index.data(MessageRole.OUTGOING):
            message = index.data(MessageRole.MESSAGE)
            model = index.model()
            state_text = getattr(model, "state_text", None)
            if message is not None and callable(state_text):
                text = plain_tooltip(str(state_text(message)))
        if not text:
            return False
        QToolTip.showText(event.globalPos(), text, view)
        return True


def _mix(one: QColor, other: QColor, share: float) -> str:
    """``one`` with ``share`` of ``other`` mixed in, as ``#rrggbb``."""
    mixed = QColor.fromRgbF(
        one.redF() * (1 - share) + other.redF() * share,
        one.greenF() * (1 - share) + other.greenF() * share,
        one.blueF() * (1 - share) + other.blueF() * share,
    )
    return mixed.name()


def _mark_colour(state: DeliveryState, palette: QPalette) -> QColor:
    if state is DeliveryState.READ:
        return READ_COLOUR
    if state is DeliveryState.FAILED:
        return FAILED_COLOUR
    return palette.color(QPalette.ColorRole.PlaceholderText)
