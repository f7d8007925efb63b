# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The account wizard's e-mail page.

It asks for the address, the user's name (the account's display name, sent as
the sender's name) and the password, then shows the IMAP and SMTP servers
guessed from the address's domain (``imap.<domain>`` and ``smtp.<domain>``
with implicit TLS, :mod:`messenger.core.mail_defaults`) in a collapsed
"Server settings" section the user may open and edit
(:class:`~messenger.ui.dialogs.email_servers.MailServerSection`). On Next it
checks the address, the password and the servers; a server problem opens the
section. ``request()`` returns the ``Account.settings`` keys of docs/email.md
that the page sets: the servers always, user names and ``allow_plain`` only
when set; everything else keeps its default.

The class keeps the private name ``_EmailPage``: a class's name is its
translation context (``self.tr``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from messenger.core.mail_defaults import mail_domain
from messenger.core.model import JsonValue
from messenger.core.model import ProtocolKind
from messenger.ui.dialogs.account_pages import AccountRequest
from messenger.ui.dialogs.account_pages import _DetailsPage
from messenger.ui.dialogs.email_servers import MailServerFields
from messenger.ui.dialogs.email_servers import MailServerSection
from messenger.ui.widgets.forms import plain_label

MAX_NAME = 200


class _EmailPage(_DetailsPage):
    """Address, name, password and the two servers (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(self.tr("Your e-mail account"))
        self.address.textChanged.connect(self._on_address_text_changed)
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(MAX_NAME)
        self.display_name.setPlaceholderText(self.tr("Optional"))
        self.display_name.setAccessibleName(self.tr("Your name"))
        self.servers = MailServerSection(collapsible=True)
        self.host_error = plain_label()
        self.form.insertRow(2, self.tr("Your &name:"), self.display_name)
        self.form.addRow(self.servers)
        self.form.addRow(self.host_error)
        self._show_error(self.host_error, "")
        self.servers.toggle.toggled.connect(self._on_servers_toggled)

    @property
    def imap(self) -> MailServerFields:
        return self.servers.imap

    @property
    def smtp(self) -> MailServerFields:
        return self.servers.smtp

    def _on_address_text_changed(self, text: str) -> None:
        self.servers.guess(text)

    def _on_servers_toggled(self, _expanded: bool) -> None:
        # QWizard takes a page's minimum size when it shows the page, not when
        # the page grows: the opened section would be squeezed to empty boxes.
        # Setting the title makes it lay out again (and grow to fit).
        self.setTitle(self.title())

    def validatePage(self) -> bool:
        details_ok = super().validatePage()
        if details_ok and not mail_domain(self.address.text()):
            self._show_error(
                self.address_error, self.tr("Enter the address as name@example.org.")
            )
            self.address.setFocus()
            details_ok = False
        problem = self.servers.problem()
        self._show_error(self.host_error, problem)
        if problem:
            self.servers.set_expanded(True)
        return details_ok and not problem

    def request(self) -> AccountRequest:
        settings: dict[str, JsonValue] = {}
        self.servers.apply_to(settings)
        return AccountRequest(
            protocol=ProtocolKind.EMAIL,
            address=self.address.text().strip(),
            password=self.password.text(),
            display_name=self.display_name.text().strip(),
            settings=tuple(settings.items()),
        )
