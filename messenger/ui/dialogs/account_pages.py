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
hold only what the user set. E-mail adds the user's name and the IMAP and SMTP
servers (both required, always in the settings): guessed as ``imap.<domain>``
and ``smtp.<domain>`` with implicit TLS while the user types the address,
until the user edits that server; choosing a security sets its usual port
unless the user chose another port.

The page classes keep their private names across the module boundary: a
class's name is its translation context (``self.tr``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
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
_DEFAULT_PORTS = {
    ("imap", "tls"): 993,
    ("imap", "starttls"): 143,
    ("imap", "plain"): 143,
    ("smtp", "tls"): 465,
    ("smtp", "starttls"): 587,
    ("smtp", "plain"): 25,
}


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


class _ServerRow(QWidget):
    """Host, port and security of one mail server (IMAP or SMTP)."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind
        self.edited = False  # the user changed it: no more guesses
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        self.security.addItem(self.tr("TLS"), "tls")
        self.security.addItem(self.tr("STARTTLS"), "starttls")
        self.security.addItem(self.tr("None (insecure)"), "plain")
        self.host.textEdited.connect(self._on_host_text_edited)
        self.port.valueChanged.connect(self._on_port_value_changed)
        self.security.currentIndexChanged.connect(self._on_security_changed)
        names = {
            "imap": (
                self.tr("IMAP server"),
                self.tr("IMAP port"),
                self.tr("IMAP security"),
            ),
            "smtp": (
                self.tr("SMTP server"),
                self.tr("SMTP port"),
                self.tr("SMTP security"),
            ),
        }[kind]
        for widget, name in zip(
            (self.host, self.port, self.security), names, strict=True
        ):
            widget.setAccessibleName(name)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Server:"), self.host)
        layout.addRow(self.tr("Port:"), self.port)
        layout.addRow(self.tr("Security:"), self.security)
        self.guess("")

    def guess(self, domain: str) -> None:
        """Fill in ``<kind>.<domain>`` with implicit TLS (unless edited)."""
        if self.edited:
            return
        self.host.setText(f"{self.kind}.{domain}" if domain else "")
        self.security.setCurrentIndex(0)
        self.port.setValue(_DEFAULT_PORTS[(self.kind, "tls")])
        self.edited = False

    def settings(self) -> dict[str, JsonValue]:
        return {
            f"{self.kind}_host": self.host.text().strip(),
            f"{self.kind}_port": self.port.value(),
            f"{self.kind}_security": str(self.security.currentData()),
        }

    def _on_host_text_edited(self, _text: str) -> None:
        self.edited = True

    def _on_port_value_changed(self, _value: int) -> None:
        if self.port.hasFocus():
            self.edited = True

    def _on_security_changed(self, _index: int) -> None:
        if self.security.hasFocus():
            self.edited = True
        # The usual port of the chosen security, unless the user set another.
        if self.port.value() in _DEFAULT_PORTS.values():
            key = (self.kind, str(self.security.currentData()))
            self.port.setValue(_DEFAULT_PORTS[key])


class _EmailPage(_DetailsPage):
    def __init__(self) -> None:
        super().__init__(self.tr("Your e-mail account"))
        self.address.textEdited.connect(self._on_address_text_edited)
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("Optional"))
        self.imap = _ServerRow("imap")
        self.smtp = _ServerRow("smtp")
        self.host_error = plain_label()
        self.form.insertRow(2, self.tr("Your &name:"), self.display_name)
        self.form.addRow(self.tr("Incoming (IMAP):"), self.imap)
        self.form.addRow(self.tr("Outgoing (SMTP):"), self.smtp)
        self.form.addRow("", self.host_error)
        self._show_error(self.host_error, "")

    def _on_address_text_edited(self, text: str) -> None:
        domain = text.strip().rpartition("@")[2].strip().lower()
        self.imap.guess(domain)
        self.smtp.guess(domain)

    def validatePage(self) -> bool:
        no_host = not (self.imap.host.text().strip() and self.smtp.host.text().strip())
        self._show_error(
            self.host_error, self.tr("Enter both servers.") if no_host else ""
        )
        return super().validatePage() and not no_host

    def request(self) -> AccountRequest:
        settings = {**self.imap.settings(), **self.smtp.settings()}
        return AccountRequest(
            protocol=ProtocolKind.EMAIL,
            address=self.address.text().strip(),
            password=self.password.text(),
            display_name=self.display_name.text().strip(),
            settings=tuple(settings.items()),
        )
