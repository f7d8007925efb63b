# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Pieces every dialog of the buddy list uses.

:class:`CommandDialog` is a form whose OK button runs one command: while it
runs the form is disabled, a ``CoreError`` comes back as a sentence under the
form (never a crash, never a message box), and the dialog accepts itself when
the command is done. Subclasses (in ``ui/dialogs``, which talk to the core)
implement :meth:`CommandDialog.run`. Open it with ``open()``, never
``exec()`` (STYLE 8.2); closing it cancels a command still running.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from messenger.core.errors import CoreError
from messenger.ui.aio import async_slot
from messenger.ui.aio import cancel_slot_tasks
from messenger.ui.widgets.errors import command_error_text

log = logging.getLogger(__name__)


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A label that shows its text as plain text, whatever it contains."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def error_label() -> QLabel:
    """A hidden plain-text label for an inline error message."""
    label = plain_label()
    label.setVisible(False)
    label.setAccessibleName(QCoreApplication.translate("Forms", "Error"))
    return label


class CommandDialog(QDialog):
    """A form whose OK button runs one command (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # for subclasses -------------------------------------------------------------
    async def run(self) -> bool:
        """Check the input and run the command; False: stay open (input shown wrong)."""
        raise NotImplementedError

    def failure_text(self, error: CoreError) -> str:
        """The sentence shown when the command fails."""
        return command_error_text(error.code)

    def set_busy(self, busy: bool) -> None:
        """Disable the form (and OK) while the command runs."""
        for row in range(self.form.rowCount()):
            for role in (
                QFormLayout.ItemRole.LabelRole,
                QFormLayout.ItemRole.FieldRole,
                QFormLayout.ItemRole.SpanningRole,
            ):
                item = self.form.itemAt(row, role)
                widget = None if item is None else item.widget()
                if widget is not None:
                    widget.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.adjustSize()  # grow with the message instead of clipping it

    # running ------------------------------------------------------------------
    @async_slot()
    async def _on_buttons_accepted(self) -> None:
        self.show_error("")
        self.set_busy(True)
        try:
            done = await self.run()
        except CoreError as exc:
            log.info("%s failed: %s", type(self).__name__, exc.code.value)
            self.show_error(self.failure_text(exc))
            done = False
        finally:
            self.set_busy(False)
        if done:
            self.accept()

    def reject(self) -> None:
        cancel_slot_tasks(self)
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        cancel_slot_tasks(self)
        super().closeEvent(event)
