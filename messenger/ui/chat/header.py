# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``ContactHeader``: who a chat tab is with, above its messages.

Presence icon, name, address, status message and the typing indicator; for a
group chat (:meth:`ContactHeader.set_group`) the group icon, the group's name
and "Group chat" instead of a presence (a group is never "offline"). Every
string is peer text and shown as plain text; long ones are elided (the full
text stays the label's text, for screen readers and the tooltip).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPaintEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

from messenger.core.model import ChatState
from messenger.core.model import Show
from messenger.ui.chat.styling import close_bidi
from messenger.ui.chat.styling import isolate
from messenger.ui.chat.styling import plain_tooltip
from messenger.ui.icons import group_icon
from messenger.ui.icons import presence_icon

ICON_SIZE = 16
# RFC 2606: made-up addresses (a mail group's) are not worth showing.
MADE_UP_DOMAIN = ".invalid"


class ElidedLabel(QLabel):
    """A one-line plain-text label that elides what does not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_plain(self, text: str) -> None:
        self.setText(text)
        self.setToolTip(plain_tooltip(text) if text else "")
        self.setVisible(bool(text))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        text = " ".join(close_bidi(self.text()).splitlines())
        elided = self.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        painter.drawText(self.contentsRect(), int(self.alignment()), elided)


class ContactHeader(QWidget):
    """The peer of a chat (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = ""
        self._show: Show | None = None
        self._group = False
        self._state = ChatState.ACTIVE
        self.icon = QLabel()
        self.icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.name = ElidedLabel()
        font = self.name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name.setFont(font)
        self.address = ElidedLabel()
        self.address.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status = ElidedLabel()
        italic = self.status.font()
        italic.setItalic(True)
        self.status.setFont(italic)
        self.typing = ElidedLabel()
        self.typing.set_plain("")
        self.retranslate_ui()

        layout = QGridLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(1)
        layout.addWidget(self.icon, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.name, 0, 1)
        layout.addWidget(self.address, 1, 1)
        layout.addWidget(self.status, 2, 1)
        layout.addWidget(self.typing, 3, 1)
        layout.setColumnStretch(1, 1)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language (again on LanguageChange)."""
        self.name.setAccessibleName(self.tr("Contact name"))
        self.address.setAccessibleName(self.tr("Contact address"))
        self.status.setAccessibleName(self.tr("Status message"))
        self.typing.setAccessibleName(self.tr("Typing"))
        if self._show is not None:
            self._show_presence_text(self._show)
        if self._group:
            self._show_group_text()
        self.set_chat_state(self._state)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    def set_contact(self, name: str, address: str) -> None:
        self._name = name
        self.name.set_plain(name)
        self.address.set_plain(address if address != name else "")

    def set_presence(self, show: Show, status: str) -> None:
        self.icon.setPixmap(presence_icon(show.value).pixmap(ICON_SIZE, ICON_SIZE))
        self._show_presence_text(show)
        self.status.set_plain(status)

    def set_group(self, name: str, address: str) -> None:
        """Show a group chat: its name, its icon and "Group chat", no presence.

        The address shows unless it is made up (in the reserved ``.invalid``
        domain, as mail groups' are).
        """
        self._name = name
        self._show = None
        self._group = True
        self.name.set_plain(name)
        made_up = address.endswith(MADE_UP_DOMAIN) or address == name
        self.address.set_plain("" if made_up else address)
        self.icon.setPixmap(group_icon().pixmap(ICON_SIZE, ICON_SIZE))
        self._show_group_text()

    def _show_group_text(self) -> None:
        text = self.tr("Group chat")
        self.icon.setAccessibleName(text)
        self.icon.setToolTip(plain_tooltip(text))
        self.status.set_plain(text)

    @property
    def is_group(self) -> bool:
        return self._group

    def _show_presence_text(self, show: Show) -> None:
        self._show = show
        self.icon.setAccessibleName(self.presence_text(show))
        self.icon.setToolTip(plain_tooltip(self.presence_text(show)))

    def set_chat_state(self, state: ChatState) -> None:
        """Show whether the peer is typing (composing / paused), else nothing."""
        self._state = state
        name = isolate(self._name)
        if state is ChatState.COMPOSING:
            text = self.tr("%1 is typing…").replace("%1", name)
        elif state is ChatState.PAUSED:
            text = self.tr("%1 has stopped typing").replace("%1", name)
        else:
            text = ""
        self.typing.set_plain(text)

    @property
    def typing_text(self) -> str:
        return self.typing.text()

    def presence_text(self, show: Show) -> str:
        texts = {
            Show.CHAT: self.tr("Free for chat"),
            Show.AVAILABLE: self.tr("Available"),
            Show.AWAY: self.tr("Away"),
            Show.XA: self.tr("Extended away"),
            Show.DND: self.tr("Do not disturb"),
            Show.OFFLINE: self.tr("Offline"),
        }
        return texts[show]
