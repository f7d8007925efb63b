# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The e-mail part of the account editor.

:class:`EmailSettingsFields` shows an e-mail account's settings: both servers
and the consent to an unencrypted connection
(:class:`~messenger.ui.dialogs.email_servers.MailServerSection`), the chat
folder (shared with Delta Chat by default), whether classic e-mails from
contacts are shown, whether read receipts are sent, and the certificates the
user trusted, which can be forgotten. A missing or unusable value shows what
the backend falls back to (the guessed host, the usual port). ``problem()``
says why the values cannot be saved; ``apply_to()`` writes them into a copy
of ``Account.settings``, dropping a key whose value is the default, and
leaving keys it does not show (``ca_file``) untouched.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from messenger.core.mail_defaults import CHAT_FOLDER
from messenger.core.mail_defaults import CLASSIC_MAILS
from messenger.core.mail_defaults import DEFAULT_CHAT_FOLDER
from messenger.core.mail_defaults import DEFAULT_CLASSIC_MAILS
from messenger.core.mail_defaults import DEFAULT_READ_RECEIPTS
from messenger.core.mail_defaults import MAX_CHAT_FOLDER
from messenger.core.mail_defaults import PINNED_FINGERPRINT
from messenger.core.mail_defaults import READ_RECEIPTS
from messenger.core.mail_defaults import is_chat_folder_name
from messenger.core.mail_defaults import split_fingerprints
from messenger.core.model import JsonValue
from messenger.ui.dialogs.email_servers import MailServerSection
from messenger.ui.widgets.forms import plain_label


class EmailSettingsFields(QWidget):
    """An e-mail account's settings (see the module docstring)."""

    def __init__(
        self,
        settings: Mapping[str, JsonValue],
        address: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.servers = MailServerSection(collapsible=False)
        self.servers.load(settings, address)
        folder = settings.get(CHAT_FOLDER)
        self.chat_folder = QLineEdit(
            folder if isinstance(folder, str) and folder else DEFAULT_CHAT_FOLDER
        )
        self.chat_folder.setMaxLength(MAX_CHAT_FOLDER)
        self.chat_folder.setAccessibleName(self.tr("Chat folder"))
        self.show_classic = QCheckBox(self.tr("Show &classic e-mails from contacts"))
        self.show_classic.setChecked(settings.get(CLASSIC_MAILS) == "show")
        self.read_receipts = QCheckBox(self.tr("Send r&ead receipts"))
        receipts = settings.get(READ_RECEIPTS)
        self.read_receipts.setChecked(
            receipts if isinstance(receipts, bool) else DEFAULT_READ_RECEIPTS
        )
        self.pins = split_fingerprints(settings.get(PINNED_FINGERPRINT))
        self.pins_label = plain_label("\n".join(self.pins))
        self.pins_label.setFont(
            QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        )
        self.pins_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.pins_label.setAccessibleName(self.tr("Trusted certificates"))
        self.forget_pins = QCheckBox(
            self.tr("&Forget the %Ln trusted certificate(s)", "", len(self.pins))
        )
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.servers)
        layout.addRow(self.tr("C&hat folder:"), self.chat_folder)
        layout.addRow("", self.show_classic)
        layout.addRow("", self.read_receipts)
        if self.pins:
            layout.addRow(self.tr("Trusted certificates:"), self.pins_label)
            layout.addRow("", self.forget_pins)

    def problem(self) -> str:
        """Why the values cannot be saved, as a sentence ("" if they can)."""
        if text := self.servers.problem():
            return text
        folder = self.chat_folder.text().strip()
        if not folder:
            return self.tr("Enter the name of the chat folder.")
        if not is_chat_folder_name(folder):
            return self.tr(
                "The chat folder cannot be INBOX, and its name cannot contain "
                "*, %, quotes, backslashes or control characters."
            )
        return ""

    def apply_to(self, settings: dict[str, JsonValue]) -> None:
        self.servers.apply_to(settings)
        folder = self.chat_folder.text().strip()
        _put(settings, CHAT_FOLDER, folder, DEFAULT_CHAT_FOLDER)
        classic = "show" if self.show_classic.isChecked() else "ignore"
        _put(settings, CLASSIC_MAILS, classic, DEFAULT_CLASSIC_MAILS)
        receipts = self.read_receipts.isChecked()
        _put(settings, READ_RECEIPTS, receipts, DEFAULT_READ_RECEIPTS)
        if self.forget_pins.isChecked():
            settings.pop(PINNED_FINGERPRINT, None)


def _put(
    settings: dict[str, JsonValue], key: str, value: JsonValue, default: JsonValue
) -> None:
    """Set ``key``, or drop it when ``value`` is its default."""
    if value == default:
        settings.pop(key, None)
    else:
        settings[key] = value
