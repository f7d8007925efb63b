# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``ContactDelegate``: how a row of the buddy list is drawn.

A contact row: the avatar (or initials on a colour derived from the address),
the presence icon on its corner (icons differ in shape, not only colour), the
name on the first line (bold with unread messages), the status message greyed
on the second, and an unread badge on the right. A group chat's row has the
group icon where a contact has its presence, is never greyed as offline, and
says "Group chat" when it has no status line. A group row: its name in bold
and "online/total". All rows have one height, so the view can use uniform row
heights (5,000 rows lay out without asking for each one's size).

Every peer string is drawn with ``QPainter.drawText`` as plain text, on one
line, without bidi overrides and elided to the space there is
(:mod:`messenger.ui.widgets.text`).
"""

from __future__ import annotations

import zlib
from typing import cast

from PySide6.QtCore import QLocale
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import QRect
from PySide6.QtCore import QRectF
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import QIcon
from PySide6.QtGui import QImage
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QStyledItemDelegate
from PySide6.QtWidgets import QStyleOptionViewItem
from PySide6.QtWidgets import QWidget

from messenger.ui.icons import group_icon
from messenger.ui.icons import presence_icon
from messenger.ui.models.contacts import ContactRole
from messenger.ui.widgets.text import one_line

AnyIndex = QModelIndex | QPersistentModelIndex
AVATAR_SIZE = 32
PADDING = 4
PRESENCE_SIZE = 14


def initials(name: str) -> str:
    """One or two letters for an avatar placeholder."""
    words = [w for w in one_line(name, 80).replace("@", " ").split() if w[0].isalnum()]
    letters = "".join(word[0] for word in words[:2]) if len(words) > 1 else ""
    return (letters or (words[0][0] if words else "?")).upper()


def placeholder_colour(address: str) -> QColor:
    """A stable colour for an address (the same on every start and machine)."""
    hue = zlib.crc32(address.encode()) % 360
    return QColor.fromHsl(hue, 120, 110)


class ContactDelegate(QStyledItemDelegate):
    """Draws buddy-list rows (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        del index
        metrics = QFontMetrics(option.font)
        height = max(AVATAR_SIZE + 2 * PADDING, 2 * metrics.height() + 3 * PADDING)
        return QSize(AVATAR_SIZE * 4, height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        panel = QStyleOptionViewItem(option)
        self.initStyleOption(panel, index)
        panel.text = ""
        panel.icon = QIcon()
        widget = cast("QWidget | None", panel.widget)
        style = QApplication.style() if widget is None else widget.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, panel, painter, widget)
        painter.save()
        try:
            if index.data(ContactRole.IS_GROUP):
                self._paint_group(painter, panel, index)
            else:
                self._paint_contact(painter, panel, index)
        finally:
            painter.restore()

    # groups -------------------------------------------------------------------
    def _paint_group(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect: QRect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        locale = QLocale()  # the UI's digits
        online = locale.toString(int(index.data(ContactRole.ONLINE_COUNT) or 0))
        total = locale.toString(int(index.data(ContactRole.TOTAL_COUNT) or 0))
        count = f"{online}/{total}"
        count_width = metrics.horizontalAdvance(count) + PADDING * 2
        name = metrics.elidedText(
            one_line(str(index.data())),
            Qt.TextElideMode.ElideRight,
            max(0, rect.width() - count_width),
        )
        painter.setPen(_text_colour(option, dim=False))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, align, name)
        painter.setPen(_text_colour(option, dim=True))
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count
        )

    # contacts -----------------------------------------------------------------
    def _paint_contact(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect: QRect = option.rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Laid out left to right, then mirrored for a right-to-left UI (the
        # painter mirrors the text alignment itself).
        avatar = QRect(
            rect.left() + PADDING,
            rect.top() + (rect.height() - AVATAR_SIZE) // 2,
            AVATAR_SIZE,
            AVATAR_SIZE,
        )
        self._paint_avatar(painter, option, index, avatar)
        right = rect.right() - PADDING
        unread = int(index.data(ContactRole.UNREAD) or 0)
        if unread:
            right = self._paint_badge(painter, option, unread, right) - PADDING
        left = avatar.right() + PADDING * 2
        half = rect.height() // 2
        name_rect = _visual(option, QRect(left, rect.top(), max(0, right - left), half))
        status_rect = _visual(
            option, QRect(left, rect.top() + half, max(0, right - left), half)
        )

        font = QFont(option.font)
        font.setBold(unread > 0)
        painter.setFont(font)
        offline = index.data(ContactRole.SHOW) == "offline" and not index.data(
            ContactRole.GROUP_CHAT
        )
        painter.setPen(_text_colour(option, dim=offline))
        self._draw_line(
            painter, name_rect, str(index.data()), Qt.AlignmentFlag.AlignBottom
        )

        painter.setFont(option.font)
        painter.setPen(_text_colour(option, dim=True))
        self._draw_line(
            painter, status_rect, _status_line(index), Qt.AlignmentFlag.AlignTop
        )

    def _paint_avatar(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: AnyIndex,
        avatar: QRect,
    ) -> None:
        badge = _visual(
            option,
            QRect(
                avatar.right() - PRESENCE_SIZE + 3,
                avatar.bottom() - PRESENCE_SIZE + 3,
                PRESENCE_SIZE,
                PRESENCE_SIZE,
            ),
        )
        avatar = _visual(option, avatar)
        image = index.data(ContactRole.AVATAR)
        if isinstance(image, QImage) and not image.isNull():
            painter.drawImage(QRectF(avatar), image)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(placeholder_colour(str(index.data(ContactRole.ADDRESS))))
            painter.drawEllipse(avatar)
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(
                avatar, Qt.AlignmentFlag.AlignCenter, initials(str(index.data()))
            )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(option.palette.color(QPalette.ColorRole.Base))
        painter.drawEllipse(badge.adjusted(-1, -1, 1, 1))
        if index.data(ContactRole.GROUP_CHAT):
            group_icon().paint(painter, badge)
        else:
            presence_icon(str(index.data(ContactRole.SHOW))).paint(painter, badge)

    def _paint_badge(
        self, painter: QPainter, option: QStyleOptionViewItem, unread: int, right: int
    ) -> int:
        """Draw the unread count right-aligned at ``right``; return its left edge.

        (Left to right coordinates: it is drawn mirrored in a right-to-left UI.)
        """
        locale = QLocale()
        text = locale.toString(unread) if unread < 100 else f"{locale.toString(99)}+"
        font = QFont(option.font)
        font.setBold(True)
        metrics = QFontMetrics(font)
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 10)
        rect: QRect = option.rect
        badge = QRect(
            right - width, rect.top() + (rect.height() - height) // 2, width, height
        )
        palette: QPalette = option.palette
        shown = _visual(option, badge)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(shown, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(shown, Qt.AlignmentFlag.AlignCenter, text)
        return badge.left()

    @staticmethod
    def _draw_line(
        painter: QPainter, rect: QRect, text: str, vertical: Qt.AlignmentFlag
    ) -> None:
        elided = painter.fontMetrics().elidedText(
            one_line(text), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | vertical, elided)


def _visual(option: QStyleOptionViewItem, rect: QRect) -> QRect:
    """``rect`` (laid out left to right in the row) where the UI's direction puts it."""
    return QStyle.visualRect(option.direction, option.rect, rect)


def _status_line(index: AnyIndex) -> str:
    status = str(index.data(ContactRole.STATUS_TEXT) or "")
    if status:
        return status
    if index.data(ContactRole.PENDING_OUT):
        return QApplication.translate("ContactDelegate", "Waiting for approval")
    if index.data(ContactRole.PENDING_IN):
        return QApplication.translate("ContactDelegate", "Asks to see your status")
    if index.data(ContactRole.GROUP_CHAT):
        return QApplication.translate("ContactDelegate", "Group chat")
    return ""


def _text_colour(option: QStyleOptionViewItem, *, dim: bool) -> QColor:
    palette: QPalette = option.palette
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    if selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    if dim:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return palette.color(QPalette.ColorRole.Text)
