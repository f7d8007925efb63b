# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Editing an e-mail account, and trusting its servers' certificates.

The accounts are added disabled: no backend is asked for (there is no e-mail
backend yet, and these tests need none: they check what is saved).
"""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from messenger.core.local import LocalCore
from messenger.core.model import Account
from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.core.model import JsonValue
from messenger.core.model import ProtocolKind
from messenger.ui.aio import signal_future
from messenger.ui.aio import slot_tasks
from messenger.ui.dialogs.account_editor import AccountEditorDialog
from messenger.ui.dialogs.certificate_trust import CertificateTrustDialog
from messenger.ui.widgets.forms import CommandDialog

TIMEOUT = 5.0
FINGERPRINT_A = ":".join(["AB"] * 32)
FINGERPRINT_B = ":".join(["CD"] * 32)
SETTINGS: dict[str, JsonValue] = {
    "imap_host": "imap.example.org",
    "imap_port": 993,
    "imap_security": "tls",
    "imap_user": "alice",
    "smtp_host": "localhost",
    "smtp_port": 2525,
    "smtp_security": "plain",
    "allow_plain": True,
    "ca_file": "/etc/ssl/our-ca.pem",
    "pinned_fingerprint": FINGERPRINT_A,
    "read_receipts": False,
}


async def email_account(
    core: LocalCore, settings: dict[str, JsonValue] | None = None
) -> Account:
    return await core.add_account(
        ProtocolKind.EMAIL,
        "alice@example.org",
        display_name="Alice",
        settings=dict(SETTINGS if settings is None else settings),
        enabled=False,
    )


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    """The dialogs' parent: without one, a dialog is the app's last window."""
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


def open_editor(
    window: QWidget, core: LocalCore, account: Account
) -> AccountEditorDialog:
    dialog = AccountEditorDialog(core, account, window)
    dialog.open()
    return dialog


async def press_ok(dialog: CommandDialog) -> int | None:
    """Click OK; the dialog's result once it closed, None if it stayed open."""
    finished = signal_future(dialog.finished)
    dialog.ok_button.click()
    async with asyncio.timeout(TIMEOUT):
        await asyncio.gather(*slot_tasks(dialog))
    if not finished.done():
        finished.cancel()
        return None
    return int((await finished)[0])


async def saved(core: LocalCore) -> Account:
    (account,) = (await core.snapshot()).accounts
    return account


@pytest.mark.asyncio
async def test_the_editor_shows_the_e_mail_settings(
    window: QWidget, core: LocalCore
) -> None:
    dialog = open_editor(window, core, await email_account(core))
    fields = dialog.email
    assert fields is not None
    assert not dialog.host.isVisibleTo(dialog)  # no XMPP settings
    servers = fields.servers
    assert servers.is_expanded()
    assert not servers.toggle.isVisibleTo(dialog)
    imap, smtp = servers.imap, servers.smtp
    assert (imap.host.text(), imap.port.value()) == ("imap.example.org", 993)
    assert (imap.security.currentData(), imap.user.text()) == ("tls", "alice")
    assert (smtp.host.text(), smtp.port.value()) == ("localhost", 2525)
    assert (smtp.security.currentData(), smtp.user.text()) == ("plain", "")
    assert servers.allow_plain.isEnabled()
    assert servers.allow_plain.isChecked()
    assert not servers.plain_warning.isVisibleTo(dialog)  # localhost is local
    assert fields.chat_folder.text() == "DeltaChat"
    assert not fields.show_classic.isChecked()
    assert not fields.read_receipts.isChecked()
    assert fields.pins_label.text() == FINGERPRINT_A
    assert fields.pins_label.textFormat() == Qt.TextFormat.PlainText
    assert fields.forget_pins.text() == "&Forget the 1 trusted certificate(s)"
    for widget in (imap.host, imap.port, smtp.security, fields.chat_folder):
        assert widget.accessibleName()
    dialog.reject()


@pytest.mark.asyncio
async def test_saving_writes_the_settings_and_keeps_the_others(
    window: QWidget, core: LocalCore
) -> None:
    dialog = open_editor(window, core, await email_account(core))
    fields = dialog.email
    assert fields is not None
    imap, smtp = fields.servers.imap, fields.servers.smtp
    imap.security.setCurrentIndex(imap.security.findData("starttls"))
    assert imap.port.value() == 143  # follows the security
    imap.user.clear()
    smtp.security.setCurrentIndex(smtp.security.findData("starttls"))
    assert smtp.port.value() == 2525  # the user's own port stays
    assert not fields.servers.allow_plain.isEnabled()
    fields.chat_folder.setText(" Chats ")
    fields.show_classic.setChecked(True)
    fields.read_receipts.setChecked(True)
    dialog.display_name.setText("Alice L.")

    assert await press_ok(dialog) == QDialog.DialogCode.Accepted

    account = await saved(core)
    assert account.display_name == "Alice L."
    assert account.settings == {
        "imap_host": "imap.example.org",
        "imap_port": 143,
        "imap_security": "starttls",
        "smtp_host": "localhost",
        "smtp_port": 2525,
        "smtp_security": "starttls",
        "ca_file": "/etc/ssl/our-ca.pem",
        "pinned_fingerprint": FINGERPRINT_A,
        "chat_folder": "Chats",
        "classic_mails": "show",
    }


@pytest.mark.asyncio
async def test_plain_without_consent_is_not_saved(
    window: QWidget, core: LocalCore
) -> None:
    dialog = open_editor(window, core, await email_account(core))
    fields = dialog.email
    assert fields is not None
    fields.servers.allow_plain.setChecked(False)

    assert await press_ok(dialog) is None

    assert dialog.error.text().startswith("Without encryption, anyone on the way")
    assert (await saved(core)).settings == SETTINGS
    fields.servers.allow_plain.setChecked(True)
    fields.chat_folder.clear()
    assert await press_ok(dialog) is None
    assert dialog.error.text() == "Enter the name of the chat folder."
    fields.chat_folder.setText("INBOX")
    assert await press_ok(dialog) is None
    assert dialog.error.text().startswith("The chat folder cannot be INBOX")
    assert (await saved(core)).settings == SETTINGS
    dialog.reject()


@pytest.mark.asyncio
async def test_unusable_settings_show_the_usual_values_and_defaults_drop_out(
    window: QWidget, core: LocalCore
) -> None:
    hostile: dict[str, JsonValue] = {
        "imap_host": "imap.example.org\nRCPT TO:<x@evil.example>",
        "imap_port": "993; DROP",
        "imap_security": "ssl",
        "smtp_port": True,
        "smtp_security": "starttls",
        "allow_plain": True,  # without a plain server: meaningless
        "chat_folder": "DeltaChat",
        "classic_mails": "ignore",
        "read_receipts": "yes",
    }
    dialog = open_editor(window, core, await email_account(core, hostile))
    fields = dialog.email
    assert fields is not None
    assert fields.servers.imap.host.text() == "imap.example.org"  # guessed
    assert fields.servers.smtp.host.text() == "smtp.example.org"
    assert fields.servers.imap.security.currentData() == "tls"
    assert fields.servers.imap.port.value() == 993
    assert fields.servers.smtp.port.value() == 587
    assert not fields.servers.allow_plain.isChecked()
    assert fields.read_receipts.isChecked()
    assert not fields.forget_pins.isVisibleTo(dialog)  # nothing pinned

    await press_ok(dialog)

    assert (await saved(core)).settings == {
        "imap_host": "imap.example.org",
        "imap_port": 993,
        "imap_security": "tls",
        "smtp_host": "smtp.example.org",
        "smtp_port": 587,
        "smtp_security": "starttls",
    }


@pytest.mark.asyncio
async def test_trusted_certificates_can_be_forgotten(
    window: QWidget, core: LocalCore
) -> None:
    settings = {**SETTINGS, "pinned_fingerprint": f"{FINGERPRINT_A} {FINGERPRINT_B}"}
    dialog = open_editor(window, core, await email_account(core, settings))
    fields = dialog.email
    assert fields is not None
    assert fields.pins_label.text() == f"{FINGERPRINT_A}\n{FINGERPRINT_B}"
    assert fields.forget_pins.text() == "&Forget the 2 trusted certificate(s)"
    fields.forget_pins.setChecked(True)

    await press_ok(dialog)

    assert "pinned_fingerprint" not in (await saved(core)).settings


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("protocol", "expected"),
    [
        # E-mail: IMAP and SMTP may present different certificates.
        (ProtocolKind.EMAIL, f"{FINGERPRINT_A} {FINGERPRINT_B}"),
        (ProtocolKind.XMPP, FINGERPRINT_B),  # one server: the new pin replaces
    ],
)
async def test_trusting_a_certificate_appends_the_pin_for_e_mail(
    window: QWidget, core: LocalCore, protocol: ProtocolKind, expected: str
) -> None:
    await core.add_account(
        protocol,
        "alice@example.org",
        settings={"pinned_fingerprint": FINGERPRINT_A},
        enabled=False,
    )
    for fingerprint in (FINGERPRINT_B, FINGERPRINT_B):  # the same one twice
        error = ErrorInfo(code=ErrorCode.CERTIFICATE_UNTRUSTED, fingerprint=fingerprint)
        dialog = CertificateTrustDialog(core, await saved(core), error, window)
        dialog.open()
        assert await press_ok(dialog) == QDialog.DialogCode.Accepted
    assert (await saved(core)).settings == {"pinned_fingerprint": expected}
