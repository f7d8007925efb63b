# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``NoticeStrip``: rows above the buddy list that need the user's attention.

Each :class:`Notice` is a title, a sentence and buttons (an account that could
not connect, with the action that fixes it; a contact request; a command that
failed). Notices have keys: setting one with a known key replaces it in place.
A button press is reported as :attr:`NoticeStrip.action_triggered` with the
notice's key and the action's key; the strip does nothing else itself.
Everything is plain text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from messenger.ui.widgets.forms import plain_label


@dataclass(frozen=True, slots=True, kw_only=True)
class Notice:
    """One row: ``actions`` are (action key, button label) pairs."""

    key: str
    title: str
    text: str = ""
    actions: tuple[tuple[str, str], ...] = ()


class _NoticeRow(QFrame):
    def __init__(self, strip: NoticeStrip, notice: Notice) -> None:
        super().__init__()
        self.notice = notice
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = plain_label(notice.title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = plain_label(notice.text)
        self.text.setVisible(bool(notice.text))
        self.buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for action, label in notice.actions:
            button = QPushButton(label)
            button.setAccessibleDescription(notice.title)
            button.clicked.connect(
                lambda _checked=False, a=action: strip.action_triggered.emit(
                    notice.key, a
                )
            )
            self.buttons[action] = button
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        if notice.actions:
            layout.addLayout(buttons)
        self.setAccessibleName(notice.title)
        self.setAccessibleDescription(notice.text)


class NoticeStrip(QWidget):
    """Shows notices (see the module docstring); hidden while there is none."""

    action_triggered = Signal(str, str)  # notice key, action key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[str, _NoticeRow] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.retranslate_ui()
        self.setVisible(False)

    def retranslate_ui(self) -> None:
        """The strip's own text (the notices' texts come from their owner)."""
        self.setAccessibleName(self.tr("Notices"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    def set_notice(self, notice: Notice) -> None:
        """Show ``notice``, replacing the one with its key (in its place)."""
        old = self._rows.get(notice.key)
        if old is not None and old.notice == notice:
            return
        row = _NoticeRow(self, notice)
        if old is None:
            self._layout.addWidget(row)
        else:
            self._layout.replaceWidget(old, row)
            old.deleteLater()
        self._rows[notice.key] = row
        self.setVisible(True)

    def remove_notice(self, key: str) -> None:
        row = self._rows.pop(key, None)
        if row is not None:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.setVisible(bool(self._rows))

    def remove_notices(self, prefix: str) -> None:
        """Remove every notice whose key starts with ``prefix``."""
        for key in [k for k in self._rows if k.startswith(prefix)]:
            self.remove_notice(key)

    def notice_keys(self) -> list[str]:
        return list(self._rows)

    def notice(self, key: str) -> Notice | None:
        row = self._rows.get(key)
        return None if row is None else row.notice

    def button(self, key: str, action: str) -> QPushButton | None:
        row = self._rows.get(key)
        return None if row is None else row.buttons.get(action)

    def labels(self, key: str) -> tuple[QLabel, QLabel] | None:
        """The title and text labels of a notice (for tests and accessibility)."""
        row = self._rows.get(key)
        return None if row is None else (row.title, row.text)
