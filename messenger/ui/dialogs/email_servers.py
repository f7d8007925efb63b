# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The IMAP and SMTP server fields of an e-mail account (wizard and editor).

:class:`MailServerFields` holds one server: host, port, security and user
name (empty: the address). Choosing another security moves the port to that
security's usual port (993/143, 465/587/25) only while the port is still the
usual one of the security it had: a port the user typed stays.

:class:`MailServerSection` holds both servers and the user's consent to an
unencrypted connection, a checkbox enabled only while a server's security is
"None". ``problem()`` says in a sentence what keeps the settings from being
saved (a missing or malformed host, "None" without consent); ``apply_to()``
writes the ``imap_*``, ``smtp_*`` and ``allow_plain`` keys of
``Account.settings`` (docs/email.md). In the wizard the section is collapsible
and shows a one-line summary while collapsed; the host follows the typed
address (``guess``) until the user edits it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from messenger.core.mail_defaults import ALLOW_PLAIN
from messenger.core.mail_defaults import MailSecurity
from messenger.core.mail_defaults import MailServerKind
from messenger.core.mail_defaults import default_port
from messenger.core.mail_defaults import guess_server
from messenger.core.mail_defaults import is_local_host
from messenger.core.mail_defaults import is_server_host
from messenger.core.mail_defaults import setting_key
from messenger.core.model import JsonValue
from messenger.ui.widgets.forms import plain_label
from messenger.ui.widgets.text import fill

MAX_HOST = 253
MAX_USER = 320


class MailServerFields(QGroupBox):
    """Host, port, security and user name of one server (see the module doc)."""

    # The security or the host changed (the section re-checks its consent).
    changed = Signal()

    def __init__(self, kind: MailServerKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.host_edited = False  # typed by the user: no more guesses
        self._security = MailSecurity.TLS
        self.host = QLineEdit()
        self.host.setMaxLength(MAX_HOST)
        self.port = QSpinBox()
        # A port is a technical number: Western digits in every language.
        self.port.setLocale(QLocale.c())
        self.port.setRange(1, 65535)
        self.port.setValue(default_port(kind, MailSecurity.TLS))
        self.security = QComboBox()
        self.security.addItem(self.tr("TLS"), MailSecurity.TLS.value)
        self.security.addItem(self.tr("STARTTLS"), MailSecurity.STARTTLS.value)
        self.security.addItem(self.tr("None (unencrypted)"), MailSecurity.PLAIN.value)
        self.user = QLineEdit()
        self.user.setMaxLength(MAX_USER)
        self.user.setPlaceholderText(self.tr("The address"))
        self.host.textEdited.connect(self._on_host_text_edited)
        self.host.textChanged.connect(self.changed)
        self.port.valueChanged.connect(self.changed)
        self.security.currentIndexChanged.connect(self._on_security_changed)
        self._name_fields()
        layout = QFormLayout(self)
        layout.addRow(self.tr("Server:"), self.host)
        layout.addRow(self.tr("Port:"), self.port)
        layout.addRow(self.tr("Security:"), self.security)
        layout.addRow(self.tr("User name:"), self.user)

    def _name_fields(self) -> None:
        if self.kind is MailServerKind.IMAP:
            self.setTitle(self.tr("Incoming mail (IMAP)"))
            names = (
                self.tr("IMAP server"),
                self.tr("IMAP port"),
                self.tr("IMAP security"),
                self.tr("IMAP user name"),
            )
        else:
            self.setTitle(self.tr("Outgoing mail (SMTP)"))
            names = (
                self.tr("SMTP server"),
                self.tr("SMTP port"),
                self.tr("SMTP security"),
                self.tr("SMTP user name"),
            )
        fields = (self.host, self.port, self.security, self.user)
        for widget, name in zip(fields, names, strict=True):
            widget.setAccessibleName(name)

    # values -----------------------------------------------------------------
    def security_value(self) -> MailSecurity:
        return MailSecurity(str(self.security.currentData()))

    def set_security(self, security: MailSecurity) -> None:
        self.security.setCurrentIndex(self.security.findData(security.value))

    def security_text(self) -> str:
        return self.security.currentText()

    def guess(self, address: str) -> None:
        """Put the host guessed from ``address`` in, unless the user typed one."""
        if not self.host_edited:
            self.host.setText(guess_server(self.kind, address).host)

    def load(self, settings: Mapping[str, JsonValue], address: str) -> None:
        """Show an account's settings; unusable values: the guess, usual ones.

        (What the backend falls back to for them, too.)
        """
        host = settings.get(setting_key(self.kind, "host"))
        if not isinstance(host, str) or not is_server_host(host.strip()):
            host = guess_server(self.kind, address).host
        self.host.setText(host.strip())
        self.host_edited = bool(self.host.text())
        security = settings.get(setting_key(self.kind, "security"))
        known = {s.value for s in MailSecurity}
        choice = MailSecurity(security) if security in known else MailSecurity.TLS
        self.set_security(choice)
        port = settings.get(setting_key(self.kind, "port"))
        if isinstance(port, int) and not isinstance(port, bool) and 0 < port < 65536:
            self.port.setValue(port)
        else:
            self.port.setValue(default_port(self.kind, choice))
        user = settings.get(setting_key(self.kind, "user"))
        self.user.setText(user if isinstance(user, str) else "")

    def problem(self) -> str:
        """Why these values cannot be saved, as a sentence ("" if they can)."""
        host = self.host.text().strip()
        is_imap = self.kind is MailServerKind.IMAP
        if not host:
            if is_imap:
                return self.tr("Enter the incoming mail (IMAP) server.")
            return self.tr("Enter the outgoing mail (SMTP) server.")
        if not is_server_host(host):
            if is_imap:
                return self.tr(
                    "The incoming mail (IMAP) server is not a host name or an address."
                )
            return self.tr(
                "The outgoing mail (SMTP) server is not a host name or an address."
            )
        return ""

    def apply_to(self, settings: dict[str, JsonValue]) -> None:
        """Write host, port, security, and the user name when there is one."""
        settings[setting_key(self.kind, "host")] = self.host.text().strip()
        settings[setting_key(self.kind, "port")] = self.port.value()
        settings[setting_key(self.kind, "security")] = self.security_value().value
        user_key = setting_key(self.kind, "user")
        if user := self.user.text().strip():
            settings[user_key] = user
        else:
            settings.pop(user_key, None)

    # slots ------------------------------------------------------------------
    def _on_host_text_edited(self, text: str) -> None:
        # Emptied: guess again from the address.
        self.host_edited = bool(text.strip())

    def _on_security_changed(self, _index: int) -> None:
        previous, self._security = self._security, self.security_value()
        if self.port.value() == default_port(self.kind, previous):
            self.port.setValue(default_port(self.kind, self._security))
        self.changed.emit()


class MailServerSection(QWidget):
    """Both servers and the consent to go unencrypted (see the module doc)."""

    def __init__(self, *, collapsible: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.imap = MailServerFields(MailServerKind.IMAP)
        self.smtp = MailServerFields(MailServerKind.SMTP)
        self.allow_plain = QCheckBox(
            self.tr(
                "Allow unencrypted connection (only for a server on this computer "
                "or your local network)"
            )
        )
        self.plain_warning = plain_label()
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("Server settings"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.summary = plain_label()
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        for widget in (self.imap, self.smtp, self.allow_plain, self.plain_warning):
            details.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        self.toggle.setVisible(collapsible)
        self.toggle.toggled.connect(self._on_toggle_toggled)
        self.imap.changed.connect(self._on_server_changed)
        self.smtp.changed.connect(self._on_server_changed)
        self.allow_plain.toggled.connect(self._on_server_changed)
        self.set_expanded(not collapsible)
        self._on_server_changed()

    @property
    def servers(self) -> tuple[MailServerFields, MailServerFields]:
        return (self.imap, self.smtp)

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)
        self._on_toggle_toggled(expanded)

    def is_expanded(self) -> bool:
        return not self.details.isHidden()

    def plain_chosen(self) -> bool:
        return any(s.security_value() is MailSecurity.PLAIN for s in self.servers)

    def guess(self, address: str) -> None:
        for server in self.servers:
            server.guess(address)

    def load(self, settings: Mapping[str, JsonValue], address: str) -> None:
        for server in self.servers:
            server.load(settings, address)
        consent = settings.get(ALLOW_PLAIN) is True and self.plain_chosen()
        self.allow_plain.setChecked(consent)

    def problem(self) -> str:
        """The first reason the settings cannot be saved, or ""."""
        for server in self.servers:
            if text := server.problem():
                return text
        if self.plain_chosen() and not self.allow_plain.isChecked():
            return self.tr(
                "Without encryption, anyone on the way can read your password and "
                "messages. Choose TLS or STARTTLS, or allow the unencrypted "
                "connection if the server is on this computer or your local network."
            )
        return ""

    def apply_to(self, settings: dict[str, JsonValue]) -> None:
        """Write both servers, and ``allow_plain`` only while it matters."""
        for server in self.servers:
            server.apply_to(settings)
        if self.plain_chosen() and self.allow_plain.isChecked():
            settings[ALLOW_PLAIN] = True
        else:
            settings.pop(ALLOW_PLAIN, None)

    # slots ------------------------------------------------------------------
    def _on_toggle_toggled(self, expanded: bool) -> None:
        self.toggle.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )
        self.details.setVisible(expanded)
        self.summary.setVisible(not expanded and not self.toggle.isHidden())

    def _on_server_changed(self) -> None:
        plain = self.plain_chosen()
        if not plain:
            self.allow_plain.setChecked(False)  # consent is for "None" only
        self.allow_plain.setEnabled(plain)
        self.summary.setText(self._summary())
        self.plain_warning.setText(self._plain_warning())
        self.plain_warning.setVisible(bool(self.plain_warning.text()))

    def _summary(self) -> str:
        if not (self.imap.host.text().strip() or self.smtp.host.text().strip()):
            return self.tr("The servers are guessed from your address.")
        return fill(
            self.tr("Incoming: %1, port %2, %3. Outgoing: %4, port %5, %6."),
            self.imap.host.text().strip(),
            self.imap.port.value(),
            self.imap.security_text(),
            self.smtp.host.text().strip(),
            self.smtp.port.value(),
            self.smtp.security_text(),
        )

    def _plain_warning(self) -> str:
        """A warning when a server without encryption does not look local."""
        if not self.allow_plain.isChecked():
            return ""
        remote = [
            s.host.text().strip()
            for s in self.servers
            if s.security_value() is MailSecurity.PLAIN
            and not is_local_host(s.host.text())
        ]
        if not remote:
            return ""
        return fill(
            self.tr(
                "%1 does not look like a server on this computer or your local "
                "network: your password and messages would cross the internet "
                "unencrypted."
            ),
            remote[0],
        )
