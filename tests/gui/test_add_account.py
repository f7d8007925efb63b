# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The Add account dialog against a real LocalCore (in-memory storage)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from collections.abc import Callable
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from messenger.core.errors import CoreError
from messenger.core.local import LocalCore
from messenger.core.model import Account
from messenger.core.model import ErrorCode
from messenger.core.model import ProtocolKind
from messenger.core.model import SecretStorageStatus
from messenger.storage.store import SqliteStore
from messenger.ui.aio import signal_future
from messenger.ui.aio import slot_tasks
from messenger.ui.dialogs.add_account import AddAccountDialog

TIMEOUT = 5.0


class LockedKeyringStore:
    """TEST DOUBLE of a SecretStore whose keyring refuses to store a password.

    ``set_password`` raises the ``CoreError`` a store reports for a keyring it
    cannot write to; reading and deleting work (nothing is stored).
    """

    status = SecretStorageStatus(persistent=True, backend="Test keyring")

    def on_status_changed(
        self, callback: Callable[[SecretStorageStatus], None]
    ) -> None:
        del callback

    async def probe(self) -> SecretStorageStatus:
        return self.status

    async def get_password(self, account_id: str) -> str | None:
        return None

    async def set_password(self, account_id: str, password: str) -> None:
        raise CoreError(ErrorCode.INTERNAL, "keyring is locked")

    async def delete_password(self, account_id: str) -> None:
        return None


class PromptingKeyringStore(LockedKeyringStore):
    """TEST DOUBLE of a SecretStore whose keyring waits on an unlock prompt.

    ``set_password`` blocks until the test releases ``answered``.
    """

    def __init__(self) -> None:
        self.asked = asyncio.Event()
        self.answered = asyncio.Event()

    async def set_password(self, account_id: str, password: str) -> None:
        self.asked.set()
        await self.answered.wait()


@pytest_asyncio.fixture
async def prompting_core(
    tmp_path: Path,
) -> AsyncIterator[tuple[LocalCore, PromptingKeyringStore]]:
    secrets = PromptingKeyringStore()
    core = LocalCore(SqliteStore(":memory:"), secrets, {}, tmp_path)
    await core.start()
    yield core, secrets
    await core.close()


@pytest_asyncio.fixture
async def locked_core(tmp_path: Path) -> AsyncIterator[LocalCore]:
    core = LocalCore(SqliteStore(":memory:"), LockedKeyringStore(), {}, tmp_path)
    await core.start()
    yield core
    await core.close()


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    """The dialog's parent window (pytest-qt closes it after the test)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def open_dialog(parent: QWidget, core: LocalCore) -> AddAccountDialog:
    dialog = AddAccountDialog(core, parent)
    dialog.open()
    return dialog


def ok_button(dialog: AddAccountDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


async def submit(dialog: AddAccountDialog) -> None:
    """Press OK and wait until the dialog's work is done."""
    ok_button(dialog).click()
    async with asyncio.timeout(TIMEOUT):
        await asyncio.gather(*slot_tasks(dialog))


@pytest.mark.asyncio
async def test_the_form_offers_networks_and_hides_the_password(
    parent: QWidget, core: LocalCore
) -> None:
    dialog = open_dialog(parent, core)

    networks = [dialog.protocol.itemData(i) for i in range(dialog.protocol.count())]
    assert networks == [ProtocolKind.XMPP, ProtocolKind.EMAIL]
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.isModal()
    for widget in (
        dialog.protocol,
        dialog.address,
        dialog.display_name,
        dialog.password,
    ):
        assert widget.accessibleName()
    assert not dialog.address_error.isVisible()


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text", ["", "no-at-sign", "romeo@", "@montague.example", "romeo@a.example/phone"]
)
async def test_an_invalid_address_is_reported_inline(
    parent: QWidget, core: LocalCore, text: str
) -> None:
    dialog = open_dialog(parent, core)
    dialog.address.setText(text)

    await submit(dialog)

    assert dialog.isVisible()
    assert dialog.address_error.isVisible()
    assert dialog.address_error.text()
    assert (await core.snapshot()).accounts == ()
    # Typing again clears the message.
    dialog.address.textEdited.emit("romeo@montague.example")
    assert not dialog.address_error.isVisible()


@pytest.mark.asyncio
async def test_ok_adds_the_account_with_its_password_and_accepts(
    parent: QWidget, core: LocalCore
) -> None:
    dialog = open_dialog(parent, core)
    dialog.protocol.setCurrentIndex(1)
    dialog.address.setText("  romeo@Montague.Example ")
    dialog.display_name.setText(" Romeo ")
    dialog.password.setText("wherefore-art-thou-7")
    created = signal_future(dialog.account_created)
    finished = signal_future(dialog.finished)

    await submit(dialog)

    async with asyncio.timeout(TIMEOUT):
        (account,) = await created
        (result,) = await finished
    assert result == QDialog.DialogCode.Accepted
    assert isinstance(account, Account)
    assert account.protocol is ProtocolKind.EMAIL
    assert account.address == "romeo@montague.example"
    assert account.display_name == "Romeo"
    assert (await core.snapshot()).accounts == (account,)
    assert dialog.password.text() == ""


@pytest.mark.asyncio
async def test_a_core_error_is_shown_inline_and_the_form_stays_usable(
    parent: QWidget, locked_core: LocalCore
) -> None:
    dialog = open_dialog(parent, locked_core)
    dialog.address.setText("romeo@montague.example")
    dialog.password.setText("secret")

    await submit(dialog)

    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "The account could not be added (internal)."
    assert dialog.address.isEnabled()
    assert ok_button(dialog).isEnabled()
    assert (await locked_core.snapshot()).accounts == ()


@pytest.mark.asyncio
async def test_cancel_rejects_without_adding(parent: QWidget, core: LocalCore) -> None:
    dialog = open_dialog(parent, core)
    dialog.address.setText("romeo@montague.example")
    finished = signal_future(dialog.finished)

    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    async with asyncio.timeout(TIMEOUT):
        (result,) = await finished
    assert result == QDialog.DialogCode.Rejected
    assert (await core.snapshot()).accounts == ()


@pytest.mark.asyncio
async def test_the_form_is_busy_while_adding_and_cancel_stops_it(
    parent: QWidget, prompting_core: tuple[LocalCore, PromptingKeyringStore]
) -> None:
    core, secrets = prompting_core
    dialog = open_dialog(parent, core)
    dialog.address.setText("romeo@montague.example")
    dialog.password.setText("secret")

    ok_button(dialog).click()
    async with asyncio.timeout(TIMEOUT):
        await secrets.asked.wait()
    assert not dialog.address.isEnabled()
    assert not ok_button(dialog).isEnabled()
    (task,) = slot_tasks(dialog)

    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    async with asyncio.timeout(TIMEOUT):
        await asyncio.gather(task, return_exceptions=True)

    assert task.cancelled()
    assert not dialog.isVisible()
    assert (await core.snapshot()).accounts == ()
