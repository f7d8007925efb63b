# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Trust a server certificate the system does not trust.

Shown for an account whose connection failed with
``ErrorCode.CERTIFICATE_UNTRUSTED``. It explains the risk, shows the
certificate's SHA-256 fingerprint (to compare with one the server's operator
published) and the technical detail, all as plain text. "Trust this
certificate" pins the fingerprint: the account's ``pinned_fingerprint``
setting, saved with ``CoreApi.update_account`` (which reconnects). XMPP keeps
one pin (the new one replaces it); e-mail appends it to the space-separated
list, because its IMAP and SMTP servers may present different certificates.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QWidget

from messenger.core.api import CoreApi
from messenger.core.mail_defaults import add_fingerprint
from messenger.core.model import Account
from messenger.core.model import ErrorInfo
from messenger.core.model import JsonValue
from messenger.core.model import ProtocolKind
from messenger.ui.widgets.account_notices import account_label
from messenger.ui.widgets.forms import CommandDialog
from messenger.ui.widgets.forms import plain_label
from messenger.ui.widgets.text import fill
from messenger.ui.widgets.text import isolate
from messenger.ui.widgets.text import plain_block

PIN_SETTING = "pinned_fingerprint"


def pinned_setting(protocol: ProtocolKind, current: JsonValue, fingerprint: str) -> str:
    """The ``pinned_fingerprint`` value once ``fingerprint`` is trusted too."""
    if protocol is ProtocolKind.EMAIL:
        return add_fingerprint(current, fingerprint)
    return fingerprint


class CertificateTrustDialog(CommandDialog):
    """Pins a certificate fingerprint for an account (see the module docstring)."""

    def __init__(
        self,
        core: CoreApi,
        account: Account,
        error: ErrorInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._core = core
        self.account = account
        self.fingerprint_value = error.fingerprint
        self.setWindowTitle(self.tr("Untrusted certificate"))
        self.ok_button.setText(self.tr("&Trust this certificate"))
        self.ok_button.setEnabled(bool(error.fingerprint))
        self.buttons.button(self.buttons.StandardButton.Cancel).setDefault(True)

        self.explanation = plain_label(
            fill(
                self.tr(
                    "The server of %1 presented a certificate that is not trusted. "
                    "Someone may be listening in. Trust it only if its fingerprint "
                    "is the one your server's operator published."
                ),
                isolate(account_label(account)),
            )
        )
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.fingerprint = plain_label(error.fingerprint or self.tr("(not known)"))
        self.fingerprint.setFont(mono)
        self.fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fingerprint.setAccessibleName(self.tr("SHA-256 fingerprint"))
        self.detail = plain_label(plain_block(error.detail, 4000))
        self.detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.detail.setAccessibleName(self.tr("Details"))
        self.detail.setVisible(bool(error.detail))

        self.form.addRow(self.explanation)
        self.form.addRow(self.tr("SHA-256 fingerprint:"), self.fingerprint)
        self.form.addRow(self.tr("Details:"), self.detail)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.ok_button.setEnabled(not busy and bool(self.fingerprint_value))

    async def run(self) -> bool:
        settings = dict(self.account.settings)
        settings[PIN_SETTING] = pinned_setting(
            self.account.protocol, settings.get(PIN_SETTING), self.fingerprint_value
        )
        await self._core.update_account(replace(self.account, settings=settings))
        return True
