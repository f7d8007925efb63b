# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The account wizard's detail pages, one per network, and the page ids.

A detail page (:class:`_XmppPage`, :class:`_EmailPage`) asks for the address
and the password and checks them on Next: the address must be
``name@example.org`` (no resource), the password not empty; a problem is said
in words under its field and keeps the page. ``request()`` returns what the
page collected as an :class:`AccountRequest`. The page after a detail page is
always ``TEST_PAGE``.

XMPP adds "create this account on the server" and, behind "Show advanced
settings", host, port (0: automatic), direct TLS and resource; its settings
hold only what the user set. The e-mail page is in
:mod:`messenger.ui.dialogs.email_account_pages`.

The page classes keep their private names across the module boundary: a
class's name is its translation context (``self.tr``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import QWizardPage

from messenger.core.model import Address
from messenger.core.model import InvalidAddressError
from messenger.core.model import JsonValue
from messenger.core.model import ProtocolKind

# The wizard's page ids (``QWizard.setPage``).
PROTOCOL_PAGE, XMPP_PAGE, EMAIL_PAGE, TEST_PAGE = range(4)
SECURITY = ("tls", "starttls", "plain")


@dataclass(frozen=True, slots=True)
class AccountRequest:
    """What the detail pages collected."""

    protocol: ProtocolKind
    address: str
    password: str
    display_name: str = ""
    settings: tuple[tuple[str, JsonValue], ...] = ()


def plain_label(text: str = "") -> QLabel:
    """A word-wrapped label that shows ``text`` as plain text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class _DetailsPage(QWizardPage):
    """Address and password, checked on Next; subclasses add the rest."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("name@example.org"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.address_error = plain_label()
        self.password_error = plain_label()
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("&Address:"), self.address)
        self.form.addRow("", self.address_error)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow("", self.password_error)
        self._show_error(self.address_error, "")
        self._show_error(self.password_error, "")

    def validatePage(self) -> bool:
        try:
            address = Address.parse(self.address.text())
        except InvalidAddressError:
            address = None
        if address is None or not address.local or address.resource:
            self._show_error(
                self.address_error, self.tr("Enter the address as name@example.org.")
            )
            self.address.setFocus()
            return False
        self._show_error(self.address_error, "")
        missing = not self.password.text()
        self._show_error(
            self.password_error, self.tr("Enter the password.") if missing else ""
        )
        return not missing

    def nextId(self) -> int:
        return TEST_PAGE

    @staticmethod
    def _show_error(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))


class _XmppPage(_DetailsPage):
    def __init__(self) -> None:
        super().__init__(self.tr("Your XMPP account"))
        self.register = QCheckBox(self.tr("&Create this account on the server"))
        self.show_advanced = QCheckBox(self.tr("Show ad&vanced settings"))
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("Found automatically"))
        self.port = QSpinBox()
        # A port is a technical number: Western digits in every language.
        self.port.setLocale(QLocale.c())
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("Automatic"))
        self.direct_tls = QCheckBox(self.tr("&Direct TLS (no STARTTLS)"))
        self.resource = QLineEdit()
        self.resource.setPlaceholderText("messenger")
        self.advanced = QWidget()
        advanced = QFormLayout(self.advanced)
        advanced.setContentsMargins(0, 0, 0, 0)
        advanced.addRow(self.tr("&Server:"), self.host)
        advanced.addRow(self.tr("P&ort:"), self.port)
        advanced.addRow("", self.direct_tls)
        advanced.addRow(self.tr("&Resource:"), self.resource)
        self.advanced.setVisible(False)
        self.show_advanced.toggled.connect(self.advanced.setVisible)
        self.form.addRow("", self.register)
        self.form.addRow("", self.show_advanced)
        self.form.addRow(self.advanced)

    def request(self) -> AccountRequest:
        settings: dict[str, JsonValue] = {}
        if host := self.host.text().strip():
            settings["host"] = host
        if self.port.value():
            settings["port"] = self.port.value()
        if self.direct_tls.isChecked():
            settings["direct_tls"] = True
        if resource := self.resource.text().strip():
            settings["resource"] = resource
        if self.register.isChecked():
            settings["register"] = True
        return AccountRequest(
            protocol=ProtocolKind.XMPP,
            address=self.address.text().strip(),
            password=self.password.text(),
            settings=tuple(settings.items()),
        )
