# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Edit an account: :class:`AccountEditorDialog` and :class:`PasswordDialog`.

The editor shows the address (it cannot change: it is the account), and edits
the display name, the password (left empty: unchanged), whether the account is
enabled, and for XMPP the connection settings (server host and port, direct
TLS, resource; empty or 0: automatic), for e-mail the servers, chat folder and
options of :mod:`messenger.ui.dialogs.email_account_editor`. OK saves with
``CoreApi.update_account`` (which reconnects a connected account) and
``set_account_enabled``. "Remove account…" asks first, with a choice to delete
the local history too, then calls ``CoreApi.remove_account``.

:class:`PasswordDialog` asks only for the password, for an account whose
server refused it or that has none (``update_account(password=...)``).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QWidget

from messenger.core.api import CoreApi
from messenger.core.errors import CoreError
from messenger.core.model import Account
from messenger.core.model import JsonValue
from messenger.core.model import ProtocolKind
from messenger.ui.aio import async_slot
from messenger.ui.dialogs.email_account_editor import EmailSettingsFields
from messenger.ui.widgets.account_notices import account_label
from messenger.ui.widgets.forms import CommandDialog
from messenger.ui.widgets.forms import plain_label
from messenger.ui.widgets.text import fill
from messenger.ui.widgets.text import isolate

MAX_NAME = 200


def _password_edit(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    return edit


class AccountEditorDialog(CommandDialog):
    """Edits or removes one account (see the module docstring)."""

    account_removed = Signal(str)  # account id

    def __init__(
        self, core: CoreApi, account: Account, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._core = core
        self.account = account
        self.confirmation: QMessageBox | None = None
        self.delete_history: QCheckBox | None = None
        self.setWindowTitle(self.tr("Edit account"))
        self.ok_button.setText(self.tr("&Save"))

        self.address = plain_label(account.address)
        self.address.setAccessibleName(self.tr("Address"))
        self.display_name = QLineEdit(account.display_name)
        self.display_name.setMaxLength(MAX_NAME)
        self.display_name.setAccessibleName(self.tr("Display name"))
        self.password = _password_edit(self.tr("New password"))
        self.password.setPlaceholderText(self.tr("Unchanged"))
        self.enabled = QCheckBox(self.tr("&Enabled"))
        self.enabled.setChecked(account.enabled)
        self.form.addRow(self.tr("Address:"), self.address)
        self.form.addRow(self.tr("Display &name:"), self.display_name)
        self.form.addRow(self.tr("New &password:"), self.password)
        self.form.addRow("", self.enabled)

        settings = account.settings
        self.host = QLineEdit(_text(settings.get("host")))
        self.host.setPlaceholderText(self.tr("Automatic"))
        self.host.setAccessibleName(self.tr("Server host"))
        self.port = QSpinBox()
        # A port is a technical number: Western digits in every language.
        self.port.setLocale(QLocale.c())
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("Automatic"))
        port = settings.get("port")
        self.port.setValue(port if isinstance(port, int) and 0 < port < 65536 else 0)
        self.port.setAccessibleName(self.tr("Server port"))
        self.direct_tls = QCheckBox(self.tr("&Direct TLS (no STARTTLS)"))
        self.direct_tls.setChecked(settings.get("direct_tls") is True)
        self.resource = QLineEdit(_text(settings.get("resource")))
        self.resource.setPlaceholderText(self.tr("Automatic"))
        self.resource.setAccessibleName(self.tr("Resource"))
        if account.protocol is ProtocolKind.XMPP:
            self.form.addRow(self.tr("Server &host:"), self.host)
            self.form.addRow(self.tr("Server p&ort:"), self.port)
            self.form.addRow("", self.direct_tls)
            self.form.addRow(self.tr("&Resource:"), self.resource)
        self.email: EmailSettingsFields | None = None
        if account.protocol is ProtocolKind.EMAIL:
            self.email = EmailSettingsFields(settings, account.address)
            self.form.addRow(self.email)

        self.remove = self.buttons.addButton(
            self.tr("Re&move account…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove.clicked.connect(self._on_remove_clicked)

    async def run(self) -> bool:
        settings = dict(self.account.settings)
        if self.account.protocol is ProtocolKind.XMPP:
            _put(settings, "host", self.host.text().strip())
            _put(settings, "port", self.port.value())
            _put(settings, "direct_tls", self.direct_tls.isChecked())
            _put(settings, "resource", self.resource.text().strip())
        if self.email is not None:
            if problem := self.email.problem():
                self.show_error(problem)
                return False
            self.email.apply_to(settings)
        updated = replace(
            self.account,
            display_name=self.display_name.text().strip(),
            settings=settings,
        )
        enabled = self.enabled.isChecked()
        if updated != self.account or self.password.text():
            self.account = await self._core.update_account(
                updated, password=self.password.text() or None
            )
            self.password.clear()
        if enabled != self.account.enabled:
            await self._core.set_account_enabled(self.account.id, enabled)
        return True

    # removing -------------------------------------------------------------------
    def _on_remove_clicked(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Remove account"))
        box.setTextFormat(self.address.textFormat())
        box.setText(
            fill(
                self.tr("Remove the account %1 from Messenger?"),
                isolate(account_label(self.account)),
            )
        )
        box.setInformativeText(
            self.tr("Its contacts stay on the server. This cannot be undone.")
        )
        # Kept here: a temporary QCheckBox would be freed under the box.
        self.delete_history = QCheckBox(self.tr("Also delete the local &history"))
        box.setCheckBox(self.delete_history)
        box.setStandardButtons(
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Remove"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._on_confirmation_finished)
        self.confirmation = box
        box.open()

    @async_slot(int)
    async def _on_confirmation_finished(self, result: int) -> None:
        box, self.confirmation = self.confirmation, None
        if box is None or result != QMessageBox.StandardButton.Yes:
            return
        checkbox, self.delete_history = self.delete_history, None
        delete_history = checkbox is not None and checkbox.isChecked()
        box.deleteLater()
        self.set_busy(True)
        self.remove.setEnabled(False)
        try:
            await self._core.remove_account(
                self.account.id, delete_history=delete_history
            )
        except CoreError as exc:
            self.show_error(self.failure_text(exc))
            self.set_busy(False)
            self.remove.setEnabled(True)
            return
        self.account_removed.emit(self.account.id)
        self.accept()


class PasswordDialog(CommandDialog):
    """Asks for an account's password and saves it (reconnecting)."""

    def __init__(
        self, core: CoreApi, account: Account, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._core = core
        self.account = account
        self.setWindowTitle(self.tr("Enter password"))
        self.ok_button.setText(self.tr("&Connect"))
        self.explanation = plain_label(
            fill(
                self.tr("Enter the password of %1."),
                isolate(account_label(account)),
            )
        )
        self.password = _password_edit(self.tr("Password"))
        self.form.addRow(self.explanation)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.password.setFocus()

    async def run(self) -> bool:
        if not self.password.text():
            self.show_error(self.tr("Enter the password."))
            return False
        await self._core.update_account(self.account, password=self.password.text())
        self.password.clear()
        return True


def _text(value: JsonValue) -> str:
    return value if isinstance(value, str) else ""


def _put(settings: dict[str, JsonValue], key: str, value: str | int | bool) -> None:
    """Set a connection setting, or drop it when it is automatic (empty, 0, False)."""
    if value:
        settings[key] = value
    else:
        settings.pop(key, None)
