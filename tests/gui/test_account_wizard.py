# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The account wizard on a real LocalCore, with a backend double that checks.

``CheckingBackend`` (a TEST DOUBLE of a protocol backend) goes online only
with the right password and, when it plays a server with an untrusted
certificate, only once that certificate's fingerprint is pinned.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from messenger.core.interfaces import BackendContext
from messenger.core.interfaces import BackendFactory
from messenger.core.local import LocalCore
from messenger.core.model import ConnectionState
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.core.model import ProtocolKind
from messenger.core.model import Show
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from messenger.ui.aio import signal_future
from messenger.ui.aio import slot_tasks
from messenger.ui.bridge import CoreBridge
from messenger.ui.dialogs import account_wizard
from messenger.ui.dialogs.account_wizard import EMAIL_PAGE
from messenger.ui.dialogs.account_wizard import TEST_PAGE
from messenger.ui.dialogs.account_wizard import XMPP_PAGE
from messenger.ui.dialogs.account_wizard import AccountWizard
from tests.doubles.backend import ScriptedBackend

TIMEOUT = 5.0
PASSWORD = "r0meo"
FINGERPRINT = "AB:CD:EF:01:23:45:67:89"


@dataclass
class CheckingBackend(ScriptedBackend):
    """Online with the right password and a trusted (or pinned) certificate."""

    fingerprint: str = ""

    async def connect(self) -> None:
        self.calls.append(("connect", None))
        self.connected = True
        pinned = self.context.account.settings.get("pinned_fingerprint")
        if self.fingerprint and pinned != self.fingerprint:
            error = ErrorInfo(
                code=ErrorCode.CERTIFICATE_UNTRUSTED,
                detail="self-signed certificate",
                fingerprint=self.fingerprint,
            )
            self.sink.connection_changed(ConnectionState.FAILED, error)
        elif await self.context.get_password() != PASSWORD:
            error = ErrorInfo(code=ErrorCode.AUTH_FAILED)
            self.sink.connection_changed(ConnectionState.FAILED, error)
        else:
            self.sink.connection_changed(ConnectionState.ONLINE)


class Server:
    """The backend factory: one CheckingBackend per connection."""

    def __init__(self) -> None:
        self.fingerprint = ""
        self.built: list[CheckingBackend] = []

    def __call__(self, context: BackendContext) -> CheckingBackend:
        backend = CheckingBackend(context, fingerprint=self.fingerprint)
        self.built.append(backend)
        return backend


class Harness:
    def __init__(self, qtbot: QtBot, core: LocalCore) -> None:
        self.core = core
        self.parent = QWidget()
        qtbot.addWidget(self.parent)
        self.bridge = CoreBridge(core, self.parent)
        self.wizard = AccountWizard(core, self.bridge, self.parent)
        self.created: list[object] = []
        self.wizard.account_created.connect(self.created.append)

    async def tested(self) -> None:
        async with asyncio.timeout(TIMEOUT):
            await asyncio.gather(*slot_tasks(self.wizard.test_page))

    def fill_xmpp(self, address: str, password: str) -> None:
        page = self.wizard.xmpp_page
        page.address.setText(address)
        page.password.setText(password)


@pytest_asyncio.fixture
async def server_core(tmp_path: Path) -> AsyncIterator[tuple[LocalCore, Server]]:
    server = Server()
    backends: dict[ProtocolKind, BackendFactory] = {ProtocolKind.XMPP: server}
    core = LocalCore(SqliteStore(":memory:"), MemorySecretStore(), backends, tmp_path)
    await core.start()
    yield core, server
    await core.close()


async def opened(qtbot: QtBot, core: LocalCore) -> Harness:
    harness = Harness(qtbot, core)
    await harness.bridge.attach(lambda _snapshot: None)
    harness.wizard.open()
    return harness


@pytest.mark.asyncio
async def test_an_xmpp_account_connects_and_the_wizard_finishes(
    qtbot: QtBot, server_core: tuple[LocalCore, Server]
) -> None:
    core, _server = server_core
    harness = await opened(qtbot, core)
    wizard = harness.wizard
    wizard.next()
    assert wizard.currentId() == XMPP_PAGE

    wizard.next()  # nothing entered yet
    assert wizard.currentId() == XMPP_PAGE
    assert wizard.xmpp_page.address_error.text() == (
        "Enter the address as name@example.org."
    )
    harness.fill_xmpp("romeo@montague.example", PASSWORD)
    page = wizard.xmpp_page
    page.show_advanced.setChecked(True)
    assert page.advanced.isVisible()
    page.host.setText("xmpp.montague.example")
    page.port.setValue(5223)
    page.direct_tls.setChecked(True)
    page.resource.setText("laptop")
    page.register.setChecked(True)
    wizard.next()
    assert wizard.currentId() == TEST_PAGE
    await harness.tested()

    assert wizard.test_page.status.text() == "Connected. The account is ready."
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    finish.click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    (account,) = (await core.snapshot()).accounts
    assert harness.created == [account]
    assert account.settings == {
        "host": "xmpp.montague.example",
        "port": 5223,
        "direct_tls": True,
        "resource": "laptop",
        "register": True,
    }
    harness.bridge.close()


@pytest.mark.asyncio
async def test_a_wrong_password_is_said_in_words_and_fixed_by_going_back(
    qtbot: QtBot, server_core: tuple[LocalCore, Server]
) -> None:
    core, server = server_core
    harness = await opened(qtbot, core)
    wizard = harness.wizard
    wizard.next()
    harness.fill_xmpp("romeo@montague.example", "wrong")
    wizard.next()
    await harness.tested()

    assert wizard.test_page.status.text() == (
        "The server did not accept the address or the password.\n"
        "Go back to change the details, or cancel."
    )
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.test_page.trust.isVisible()

    wizard.back()
    assert wizard.currentId() == XMPP_PAGE
    wizard.xmpp_page.password.setText(PASSWORD)
    wizard.next()
    await harness.tested()

    assert wizard.test_page.online
    assert len((await core.snapshot()).accounts) == 1  # updated, not added twice
    assert len(server.built) == 2
    harness.bridge.close()


@pytest.mark.asyncio
async def test_an_untrusted_certificate_can_be_trusted_by_its_fingerprint(
    qtbot: QtBot, server_core: tuple[LocalCore, Server]
) -> None:
    core, server = server_core
    server.fingerprint = FINGERPRINT
    harness = await opened(qtbot, core)
    wizard = harness.wizard
    wizard.next()
    harness.fill_xmpp("romeo@montague.example", PASSWORD)
    wizard.next()
    await harness.tested()

    page = wizard.test_page
    assert page.status.text().startswith(
        "The server's certificate is not trusted. Details: self-signed certificate"
    )
    assert page.trust.isVisible()
    assert FINGERPRINT in page.fingerprint_label.text()
    page.trust.click()
    await harness.tested()

    assert page.online
    assert not page.trust.isVisible()
    (account,) = (await core.snapshot()).accounts
    assert account.settings["pinned_fingerprint"] == FINGERPRINT
    harness.bridge.close()


@pytest.mark.asyncio
@pytest.mark.parametrize("keep", [True, False])
async def test_cancelling_a_failed_account_keeps_it_disabled_or_removes_it(
    qtbot: QtBot, server_core: tuple[LocalCore, Server], keep: bool
) -> None:
    core, _server = server_core
    harness = await opened(qtbot, core)
    wizard = harness.wizard
    wizard.next()
    harness.fill_xmpp("romeo@montague.example", "wrong")
    wizard.next()
    await harness.tested()

    wizard.reject()
    box = wizard.cleanup_box
    assert box is not None
    assert box.text() == "The account romeo@montague.example has not connected yet."
    assert wizard.isVisible()
    finished = signal_future(wizard.finished)
    (wizard.keep_button if keep else wizard.remove_button).click()
    async with asyncio.timeout(TIMEOUT):
        await finished

    accounts = (await core.snapshot()).accounts
    if keep:
        assert [a.enabled for a in accounts] == [False]
        assert harness.created == [accounts[0]]
    else:
        assert accounts == ()
        assert harness.created == []
    harness.bridge.close()


@pytest.mark.asyncio
async def test_email_servers_are_guessed_and_an_unsupported_network_is_said(
    qtbot: QtBot, server_core: tuple[LocalCore, Server]
) -> None:
    core, _server = server_core
    harness = await opened(qtbot, core)
    wizard = harness.wizard
    wizard.protocol_page.email.setChecked(True)
    wizard.next()
    assert wizard.currentId() == EMAIL_PAGE
    page = wizard.email_page
    QTest.keyClicks(page.address, "alice@Example.org")
    assert (page.imap.host.text(), page.imap.port.value()) == ("imap.example.org", 993)
    assert page.imap.security.currentData() == "tls"
    assert (page.smtp.host.text(), page.smtp.port.value()) == ("smtp.example.org", 465)
    page.smtp.security.setCurrentIndex(page.smtp.security.findData("starttls"))
    assert page.smtp.port.value() == 587
    page.display_name.setText("Alice")
    page.password.setText("secret")
    wizard.next()
    await harness.tested()

    assert wizard.test_page.status.text().startswith(
        "This network is not supported yet."
    )
    (account,) = (await core.snapshot()).accounts
    assert account.protocol is ProtocolKind.EMAIL
    assert account.display_name == "Alice"
    assert account.settings == {
        "imap_host": "imap.example.org",
        "imap_port": 993,
        "imap_security": "tls",
        "smtp_host": "smtp.example.org",
        "smtp_port": 587,
        "smtp_security": "starttls",
    }
    harness.bridge.close()


@pytest.mark.asyncio
async def test_while_offline_the_wizard_connects_the_account_itself(
    qtbot: QtBot,
    server_core: tuple[LocalCore, Server],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(account_wizard, "START_GRACE_SECONDS", 0.1)
    core, server = server_core
    await core.set_presence(Show.OFFLINE)
    harness = await opened(qtbot, core)
    wizard = harness.wizard
    wizard.next()
    harness.fill_xmpp("romeo@montague.example", PASSWORD)
    wizard.next()
    await harness.tested()

    assert wizard.test_page.online
    assert len(server.built) == 1
    harness.bridge.close()
