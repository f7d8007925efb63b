# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The account wizard's e-mail page, on a real LocalCore.

``MailServerDouble`` builds ``MailBackendDouble``s, a TEST DOUBLE of the e-mail
backend (which does not exist yet): it reports what a real one reports, online
with the right password once every certificate it presents is pinned, else
FAILED with ``CERTIFICATE_UNTRUSTED`` and the fingerprint, or
``AUTH_FAILED``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from messenger.core.interfaces import BackendContext
from messenger.core.interfaces import BackendFactory
from messenger.core.local import LocalCore
from messenger.core.model import Account
from messenger.core.model import ConnectionState
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.core.model import ProtocolKind
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from messenger.ui.aio import slot_tasks
from messenger.ui.bridge import CoreBridge
from messenger.ui.dialogs.account_wizard import EMAIL_PAGE
from messenger.ui.dialogs.account_wizard import TEST_PAGE
from messenger.ui.dialogs.account_wizard import AccountWizard
from messenger.ui.dialogs.email_account_pages import _EmailPage
from messenger.ui.dialogs.email_servers import MailServerFields
from tests.doubles.backend import ScriptedBackend

TIMEOUT = 5.0
PASSWORD = "s3cret-mail"
IMAP_FINGERPRINT = ":".join(["1A"] * 32)
SMTP_FINGERPRINT = ":".join(["2B"] * 32)


@dataclass
class MailBackendDouble(ScriptedBackend):
    """TEST DOUBLE of the e-mail backend (see the module docstring)."""

    fingerprints: tuple[str, ...] = ()

    async def connect(self) -> None:
        self.calls.append(("connect", None))
        self.connected = True
        pinned = self.context.account.settings.get("pinned_fingerprint")
        pins = pinned.split() if isinstance(pinned, str) else []
        untrusted = [f for f in self.fingerprints if f not in pins]
        if untrusted:
            error = ErrorInfo(
                code=ErrorCode.CERTIFICATE_UNTRUSTED,
                detail="self-signed certificate",
                fingerprint=untrusted[0],
            )
            self.sink.connection_changed(ConnectionState.FAILED, error)
        elif await self.context.get_password() != PASSWORD:
            error = ErrorInfo(code=ErrorCode.AUTH_FAILED)
            self.sink.connection_changed(ConnectionState.FAILED, error)
        else:
            self.sink.connection_changed(ConnectionState.ONLINE)


class MailServerDouble:
    """The backend factory: one MailBackendDouble per connection."""

    def __init__(self) -> None:
        self.fingerprints: tuple[str, ...] = ()
        self.built: list[MailBackendDouble] = []

    def __call__(self, context: BackendContext) -> MailBackendDouble:
        backend = MailBackendDouble(context, fingerprints=self.fingerprints)
        self.built.append(backend)
        return backend


@pytest_asyncio.fixture
async def mail_core(
    tmp_path: Path,
) -> AsyncIterator[tuple[LocalCore, MailServerDouble]]:
    server = MailServerDouble()
    backends: dict[ProtocolKind, BackendFactory] = {ProtocolKind.EMAIL: server}
    core = LocalCore(SqliteStore(":memory:"), MemorySecretStore(), backends, tmp_path)
    await core.start()
    yield core, server
    await core.close()


class Harness:
    def __init__(self, qtbot: QtBot, core: LocalCore) -> None:
        self.core = core
        self.parent = QWidget()
        qtbot.addWidget(self.parent)
        self.bridge = CoreBridge(core, self.parent)
        self.wizard = AccountWizard(core, self.bridge, self.parent)

    @property
    def page(self) -> _EmailPage:
        return self.wizard.email_page

    async def open_email_page(self) -> None:
        await self.bridge.attach(lambda _snapshot: None)
        self.wizard.open()
        self.wizard.protocol_page.email.setChecked(True)
        self.wizard.next()
        assert self.wizard.currentId() == EMAIL_PAGE

    async def tested(self) -> None:
        async with asyncio.timeout(TIMEOUT):
            await asyncio.gather(*slot_tasks(self.wizard.test_page))

    async def account(self) -> Account:
        (account,) = (await self.core.snapshot()).accounts
        return account


@pytest_asyncio.fixture
async def harness(
    qtbot: QtBot, mail_core: tuple[LocalCore, MailServerDouble]
) -> AsyncIterator[Harness]:
    value = Harness(qtbot, mail_core[0])
    await value.open_email_page()
    yield value
    value.bridge.close()


def choose(server: MailServerFields, security: str) -> None:
    server.security.setCurrentIndex(server.security.findData(security))


@pytest.mark.asyncio
async def test_the_servers_are_guessed_while_the_address_is_typed(
    harness: Harness,
) -> None:
    page = harness.page
    section = page.servers
    assert not section.is_expanded()  # collapsed, with a summary instead
    assert section.summary.isVisibleTo(page)
    assert section.summary.text() == "The servers are guessed from your address."

    QTest.keyClicks(page.address, "alice@Example.org")

    assert (page.imap.host.text(), page.imap.port.value()) == ("imap.example.org", 993)
    assert (page.smtp.host.text(), page.smtp.port.value()) == ("smtp.example.org", 465)
    assert page.imap.security.currentData() == page.smtp.security.currentData()
    assert page.imap.security.currentData() == "tls"
    assert section.summary.text() == (
        "Incoming: imap.example.org, port 993, TLS. "
        "Outgoing: smtp.example.org, port 465, TLS."
    )
    assert section.summary.textFormat() == Qt.TextFormat.PlainText

    section.toggle.click()
    assert section.is_expanded()
    assert page.imap.host.isVisibleTo(page)
    assert not section.summary.isVisibleTo(page)
    # A host the user typed stays; an emptied one is guessed again.
    page.smtp.host.clear()
    QTest.keyClicks(page.smtp.host, "mail.example.net")
    QTest.keyClicks(page.address, "x")
    assert page.imap.host.text() == "imap.example.orgx"
    assert page.smtp.host.text() == "mail.example.net"
    page.smtp.host.selectAll()
    QTest.keyClick(page.smtp.host, Qt.Key.Key_Delete)
    QTest.keyClick(page.address, Qt.Key.Key_Backspace)
    assert page.smtp.host.text() == "smtp.example.org"


@pytest.mark.asyncio
async def test_the_port_follows_the_security_unless_the_user_chose_one(
    harness: Harness,
) -> None:
    imap, smtp = harness.page.imap, harness.page.smtp
    for security, port in [("starttls", 143), ("plain", 143), ("tls", 993)]:
        choose(imap, security)
        assert imap.port.value() == port
    for security, port in [("starttls", 587), ("plain", 25), ("tls", 465)]:
        choose(smtp, security)
        assert smtp.port.value() == port

    smtp.port.setValue(2465)  # the user's own port
    choose(smtp, "starttls")
    assert smtp.port.value() == 2465
    choose(imap, "starttls")
    imap.port.setValue(993)  # typed, though usual for TLS
    choose(imap, "plain")
    assert imap.port.value() == 993


@pytest.mark.asyncio
async def test_plain_needs_the_users_consent(harness: Harness) -> None:
    page, wizard = harness.page, harness.wizard
    page.address.setText("alice@example.org")
    page.password.setText(PASSWORD)
    allow = page.servers.allow_plain
    assert not allow.isEnabled()

    choose(page.imap, "plain")
    assert allow.isEnabled()
    assert not allow.isChecked()
    wizard.next()

    assert wizard.currentId() == EMAIL_PAGE
    assert page.servers.is_expanded()  # the problem is shown where it is
    assert page.host_error.isVisibleTo(page)
    assert page.host_error.text().startswith("Without encryption, anyone on the way")
    assert page.host_error.textFormat() == Qt.TextFormat.PlainText

    allow.setChecked(True)
    warning = page.servers.plain_warning
    assert warning.isVisibleTo(page)
    assert warning.text().startswith(
        "imap.example.org does not look like a server on this computer"
    )
    page.imap.host.setText("127.0.0.1")
    assert not warning.isVisibleTo(page)

    choose(page.imap, "tls")  # consent is for "None" only: withdrawn
    assert not allow.isEnabled()
    assert not allow.isChecked()
    choose(page.smtp, "plain")
    allow.setChecked(True)
    assert page.request().settings == (
        ("imap_host", "127.0.0.1"),
        ("imap_port", 993),
        ("imap_security", "tls"),
        ("smtp_host", "smtp.example.org"),
        ("smtp_port", 25),
        ("smtp_security", "plain"),
        ("allow_plain", True),
    )
    wizard.next()
    assert wizard.currentId() == TEST_PAGE
    await harness.tested()


@pytest.mark.asyncio
async def test_what_is_missing_is_said_under_its_field(harness: Harness) -> None:
    page, wizard = harness.page, harness.wizard
    page.address.setText("alice@exa_mple.org")  # no host name: nothing guessed
    page.password.setText(PASSWORD)
    wizard.next()
    assert wizard.currentId() == EMAIL_PAGE
    assert page.address_error.text() == "Enter the address as name@example.org."
    assert page.host_error.text() == "Enter the incoming mail (IMAP) server."

    page.address.setText("alice@example.org")
    page.smtp.host.setText("smtp .example.org")
    wizard.next()
    assert wizard.currentId() == EMAIL_PAGE
    assert not page.address_error.isVisibleTo(page)
    assert page.host_error.text() == (
        "The outgoing mail (SMTP) server is not a host name or an address."
    )


@pytest.mark.asyncio
async def test_the_account_is_added_with_its_settings_and_connects(
    harness: Harness, mail_core: tuple[LocalCore, MailServerDouble]
) -> None:
    _core, server = mail_core
    page, wizard = harness.page, harness.wizard
    QTest.keyClicks(page.address, "alice@example.org")
    page.display_name.setText("  Alice Liddell ")
    page.password.setText("wrong")
    page.servers.set_expanded(True)
    choose(page.imap, "starttls")
    page.imap.user.setText("alice")
    page.smtp.port.setValue(2465)
    wizard.next()
    await harness.tested()

    assert wizard.test_page.status.text() == (
        "The server did not accept the address or the password.\n"
        "Go back to change the details, or cancel."
    )
    wizard.back()
    page.password.setText(PASSWORD)
    wizard.next()
    await harness.tested()

    assert wizard.test_page.status.text() == "Connected. The account is ready."
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    account = await harness.account()  # updated, not added twice
    assert account.protocol is ProtocolKind.EMAIL
    assert account.address == "alice@example.org"
    assert account.display_name == "Alice Liddell"
    assert account.settings == {
        "imap_host": "imap.example.org",
        "imap_port": 143,
        "imap_security": "starttls",
        "imap_user": "alice",
        "smtp_host": "smtp.example.org",
        "smtp_port": 2465,
        "smtp_security": "tls",
    }
    assert await server.built[-1].context.get_password() == PASSWORD


@pytest.mark.asyncio
async def test_the_imap_and_smtp_certificates_are_both_pinned(
    harness: Harness, mail_core: tuple[LocalCore, MailServerDouble]
) -> None:
    _core, server = mail_core
    server.fingerprints = (IMAP_FINGERPRINT, SMTP_FINGERPRINT)
    page, wizard = harness.page, harness.wizard
    page.address.setText("alice@example.org")
    page.password.setText(PASSWORD)
    wizard.next()
    await harness.tested()

    test_page = wizard.test_page
    for fingerprint in (IMAP_FINGERPRINT, SMTP_FINGERPRINT):
        assert test_page.status.text().startswith(
            "The server's certificate is not trusted."
        )
        assert test_page.trust.isVisible()
        assert fingerprint in test_page.fingerprint_label.text()
        test_page.trust.click()
        await harness.tested()

    assert test_page.online
    account = await harness.account()
    assert account.settings["pinned_fingerprint"] == (
        f"{IMAP_FINGERPRINT} {SMTP_FINGERPRINT}"
    )
