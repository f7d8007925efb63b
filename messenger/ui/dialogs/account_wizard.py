# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The account wizard: network, details, and a connection test.

Pages: the network (XMPP or e-mail); its details (XMPP: address, password,
"create this account on the server", advanced host, port, direct TLS and
resource; e-mail: address, name, password, IMAP and SMTP servers guessed from
the domain); then the connection test. The test page adds the account (or,
after going back, updates it) and waits for its status: online finishes the
wizard; a failure is said in words, and the user may go back to fix it. An
untrusted certificate shows its fingerprint, which the user may trust (the
account setting ``pinned_fingerprint``; e-mail keeps every certificate trusted,
since its IMAP and SMTP servers may present different ones). Cancelling after
the account was added but before it connected asks whether to keep it
(disabled) or remove it. Open it with ``open()``;
:attr:`AccountWizard.account_created` reports the account it leaves behind.
The detail pages are in :mod:`messenger.ui.dialogs.account_pages` and
:mod:`messenger.ui.dialogs.email_account_pages`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import QWizard
from PySide6.QtWidgets import QWizardPage

from messenger.core.api import CoreApi
from messenger.core.errors import CoreError
from messenger.core.events import AccountStatusChanged
from messenger.core.model import Account
from messenger.core.model import AccountId
from messenger.core.model import AccountStatus
from messenger.core.model import ConnectionState
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.ui.aio import async_slot
from messenger.ui.aio import cancel_slot_tasks
from messenger.ui.bridge import CoreBridge
from messenger.ui.dialogs.account_pages import EMAIL_PAGE
from messenger.ui.dialogs.account_pages import PROTOCOL_PAGE
from messenger.ui.dialogs.account_pages import SECURITY
from messenger.ui.dialogs.account_pages import TEST_PAGE
from messenger.ui.dialogs.account_pages import XMPP_PAGE
from messenger.ui.dialogs.account_pages import AccountRequest
from messenger.ui.dialogs.account_pages import _XmppPage
from messenger.ui.dialogs.account_pages import plain_label
from messenger.ui.dialogs.certificate_trust import PIN_SETTING
from messenger.ui.dialogs.certificate_trust import pinned_setting
from messenger.ui.dialogs.email_account_pages import _EmailPage

# Also the names that moved to account_pages, still importable from here.
__all__ = [
    "EMAIL_PAGE",
    "PROTOCOL_PAGE",
    "SECURITY",
    "START_GRACE_SECONDS",
    "TEST_PAGE",
    "XMPP_PAGE",
    "AccountRequest",
    "AccountWizard",
    "describe_error",
]

log = logging.getLogger(__name__)

# Without any status this long after adding, the wizard connects explicitly
# (the user's presence is offline, so the core did not).
START_GRACE_SECONDS = 3.0


def describe_error(error: ErrorInfo | None) -> str:
    """A failed connection in words (``detail`` is diagnostics, appended)."""
    translate = QCoreApplication.translate
    code = error.code if error is not None else ErrorCode.INTERNAL
    text = _error_texts().get(code) or translate(
        "AccountWizard", "The connection failed (%1)."
    ).replace("%1", code.value)
    if error is not None and error.detail:
        text = translate("AccountWizard", "%1 Details: %2").replace("%1", text)
        text = text.replace("%2", error.detail)
    return text


def _error_texts() -> dict[ErrorCode, str]:
    """The wording of the error codes a connection test may end with."""
    translate = QCoreApplication.translate
    return {
        ErrorCode.AUTH_FAILED: translate(
            "AccountWizard", "The server did not accept the address or the password."
        ),
        ErrorCode.NO_PASSWORD: translate(
            "AccountWizard", "The account has no password."
        ),
        ErrorCode.HOST_NOT_FOUND: translate(
            "AccountWizard", "The server was not found."
        ),
        ErrorCode.HOST_UNREACHABLE: translate(
            "AccountWizard", "The server cannot be reached."
        ),
        ErrorCode.CERTIFICATE_UNTRUSTED: translate(
            "AccountWizard", "The server's certificate is not trusted."
        ),
        ErrorCode.TLS_UNAVAILABLE: translate(
            "AccountWizard", "The server does not offer an encrypted connection."
        ),
        ErrorCode.POLICY_VIOLATION: translate(
            "AccountWizard", "The server refused the request."
        ),
        ErrorCode.CONFLICT: translate(
            "AccountWizard", "This account exists already, or another client uses it."
        ),
        ErrorCode.TIMEOUT: translate(
            "AccountWizard", "The server did not answer in time."
        ),
        ErrorCode.PROTOCOL_UNSUPPORTED: translate(
            "AccountWizard", "This network is not supported yet."
        ),
        ErrorCode.INVALID_INPUT: translate(
            "AccountWizard", "The account details are not valid."
        ),
    }


class _ProtocolPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Which network?"))
        self.xmpp = QRadioButton(self.tr("&XMPP (Jabber)"))
        self.email = QRadioButton(self.tr("&E-mail (chat over IMAP and SMTP)"))
        self.xmpp.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.xmpp)
        layout.addWidget(self.email)

    def nextId(self) -> int:
        return XMPP_PAGE if self.xmpp.isChecked() else EMAIL_PAGE


class _TestPage(QWizardPage):
    """Adds (or updates) the account and waits until it connects or fails."""

    def __init__(self, wizard: AccountWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.online = False
        self.fingerprint = ""
        self.setTitle(self.tr("Connection test"))
        self.setFinalPage(True)
        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Connection status"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy
        self.progress.setAccessibleName(self.tr("Connecting"))
        self.fingerprint_label = plain_label()
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.trust = QPushButton(self.tr("&Trust this certificate"))
        self.trust.clicked.connect(self._on_trust_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.trust)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self._run(None)

    def cleanupPage(self) -> None:
        cancel_slot_tasks(self)
        self.online = False

    def nextId(self) -> int:
        return -1

    def isComplete(self) -> bool:
        return self.online

    def _on_trust_clicked(self) -> None:
        self._run(self.fingerprint)

    @async_slot(object)
    async def _run(self, pin: str | None) -> None:
        self._show(self.tr("Connecting…"), busy=True)
        try:
            status = await self._wizard.connect_account(pin)
        except CoreError as exc:
            self._show(describe_error(exc.info), busy=False)
            return
        if status.state is ConnectionState.ONLINE:
            self.online = True
            self._show(self.tr("Connected. The account is ready."), busy=False)
            self.completeChanged.emit()
            return
        text = describe_error(status.error)
        error = status.error
        if error is not None and error.code is ErrorCode.CERTIFICATE_UNTRUSTED:
            self.fingerprint = error.fingerprint
        if status.state is ConnectionState.RECONNECTING:
            text = self.tr("%1 Still trying.").replace("%1", text)
        self._show(
            self.tr("%1\nGo back to change the details, or cancel.").replace(
                "%1", text
            ),
            busy=False,
        )

    def _show(self, text: str, *, busy: bool) -> None:
        self.status.setText(text)
        self.progress.setVisible(busy)
        offer = bool(self.fingerprint) and not busy and not self.online
        self.fingerprint_label.setVisible(offer)
        self.trust.setVisible(offer)
        if offer:
            self.fingerprint_label.setText(
                self.tr(
                    "Compare this SHA-256 fingerprint with the one the server's "
                    "operator publishes before you trust it:\n%1"
                ).replace("%1", self.fingerprint)
            )
        if busy:
            self.fingerprint = ""


class AccountWizard(QWizard):
    """Adds an account step by step (see the module docstring)."""

    # The account the wizard leaves behind (connected, or kept disabled).
    account_created = Signal(object)

    def __init__(
        self, core: CoreApi, bridge: CoreBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._core = core
        self.account: Account | None = None
        self._pin = ""
        self._statuses: dict[AccountId, list[AccountStatus]] = {}
        self._changed = asyncio.Event()
        self._saving: asyncio.Future[Account] | None = None
        self._closed = False
        self.cleanup_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Add account"))
        self.protocol_page = _ProtocolPage()
        self.xmpp_page = _XmppPage()
        self.email_page = _EmailPage()
        self.test_page = _TestPage(self)
        self.setPage(PROTOCOL_PAGE, self.protocol_page)
        self.setPage(XMPP_PAGE, self.xmpp_page)
        self.setPage(EMAIL_PAGE, self.email_page)
        self.setPage(TEST_PAGE, self.test_page)
        bridge.account_status_changed.connect(self._on_bridge_account_status_changed)

    def _on_bridge_account_status_changed(self, event: AccountStatusChanged) -> None:
        self._statuses.setdefault(event.status.account_id, []).append(event.status)
        self._changed.set()

    def request(self) -> AccountRequest:
        page = self.email_page if self.protocol_page.email.isChecked() else None
        return (page or self.xmpp_page).request()

    async def connect_account(self, pin: str | None) -> AccountStatus:
        """Add or update the account from the pages; its next outcome.

        Saving runs in a task of its own: going back cancels only the wait,
        so the wizard always knows the account it added.
        """
        if pin:
            protocol = self.request().protocol
            self._pin = pinned_setting(protocol, self._pin, pin)
        if self._saving is not None:
            with contextlib.suppress(CoreError):
                await asyncio.shield(self._saving)
        self._statuses.clear()
        saving = asyncio.ensure_future(self._save(self.request()))
        saving.add_done_callback(self._on_saving_done)
        self._saving = saving
        account = await asyncio.shield(saving)
        return await self._outcome(account.id)

    async def _save(self, request: AccountRequest) -> Account:
        settings = dict(request.settings)
        account = self.account
        if account is not None and account.protocol is not request.protocol:
            self._pin = ""  # trusted for the other network's server
            self.account = None
            await self._core.remove_account(account.id)
            account = None
        if self._pin:
            settings[PIN_SETTING] = self._pin
        if account is None:
            account = await self._core.add_account(
                request.protocol,
                request.address,
                display_name=request.display_name,
                settings=settings,
                password=request.password,
            )
        else:
            changed = replace(
                account,
                address=request.address,
                display_name=request.display_name,
                settings=settings,
                enabled=True,
            )
            account = await self._core.update_account(
                changed, password=request.password
            )
        self.account = account
        if self._closed:  # the user cancelled while it was being added
            self.account = None
            await self._core.remove_account(account.id)
        return account

    def _on_saving_done(self, task: asyncio.Future[Account]) -> None:
        if self._saving is task:
            self._saving = None
        if not task.cancelled() and (error := task.exception()) is not None:
            log.info("Saving the account failed: %r", error)

    async def _outcome(self, account_id: AccountId) -> AccountStatus:
        """Wait for ONLINE, FAILED or RECONNECTING with an error."""
        try:
            async with asyncio.timeout(START_GRACE_SECONDS):
                if status := await self._next_outcome(account_id):
                    return status
        except TimeoutError:
            if not self._statuses.get(account_id):
                log.info("The account did not start connecting: connecting it")
                await self._core.connect_account(account_id)
        while True:
            if status := await self._next_outcome(account_id):
                return status

    async def _next_outcome(self, account_id: AccountId) -> AccountStatus | None:
        while True:
            for status in self._statuses.get(account_id, []):
                if status.state is ConnectionState.ONLINE or (
                    status.state
                    in {ConnectionState.FAILED, ConnectionState.RECONNECTING}
                    and status.error is not None
                ):
                    return status
            self._changed.clear()
            await self._changed.wait()

    # closing --------------------------------------------------------------
    def accept(self) -> None:
        if self.account is not None:
            self.account_created.emit(self.account)
        super().accept()

    def reject(self) -> None:
        if self.account is not None and self.test_page.online:
            self.account_created.emit(self.account)  # it works: it stays
        if self.account is None or self.test_page.online:
            self._close(rejected=True)
            return
        if self.cleanup_box is None:
            self._ask_keep_or_remove()

    def _ask_keep_or_remove(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Keep the account?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("The account %1 has not connected yet.").replace(
                "%1", self.account.address if self.account else ""
            )
        )
        box.setInformativeText(
            self.tr("Keep it, disabled, to fix it later, or remove it?")
        )
        self.keep_button = box.addButton(
            self.tr("&Keep, disabled"), QMessageBox.ButtonRole.AcceptRole
        )
        self.remove_button = box.addButton(
            self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._on_cleanup_box_finished)
        self.cleanup_box = box
        box.open()

    @async_slot(int)
    async def _on_cleanup_box_finished(self, _result: int) -> None:
        box, self.cleanup_box = self.cleanup_box, None
        account = self.account
        clicked = box.clickedButton() if box is not None else None
        if account is None or clicked not in {self.keep_button, self.remove_button}:
            return  # back to the wizard
        cancel_slot_tasks(self.test_page)
        try:
            if clicked is self.keep_button:
                await self._core.set_account_enabled(account.id, False)
                self.account_created.emit(replace(account, enabled=False))
            else:
                await self._core.remove_account(account.id)
        except CoreError as exc:
            log.warning("Cleaning up the account failed: %s", exc.code.value)
        self.account = None
        self._close(rejected=True)

    def _close(self, *, rejected: bool) -> None:
        self._closed = True
        cancel_slot_tasks(self.test_page)
        if rejected:
            super().reject()
