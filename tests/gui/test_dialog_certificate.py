# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The certificate trust dialog on its own: what it shows, what it refuses."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from messenger.core.model import ErrorCode
from messenger.core.model import ErrorInfo
from messenger.ui.dialogs.certificate_trust import CertificateTrustDialog
from tests.gui.buddy_fixtures import Env
from tests.gui.buddy_fixtures import buddy_env
from tests.gui.buddy_fixtures import slots_done


@pytest_asyncio.fixture
async def env(tmp_path: Path, qtbot: QtBot) -> AsyncIterator[Env]:
    async with buddy_env(tmp_path, qtbot) as value:
        yield value


def make(env: Env, qtbot: QtBot, error: ErrorInfo) -> CertificateTrustDialog:
    dialog = CertificateTrustDialog(env.core, env.account, error)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


@pytest.mark.asyncio
async def test_without_a_fingerprint_there_is_nothing_to_trust(
    env: Env, qtbot: QtBot
) -> None:
    dialog = make(env, qtbot, ErrorInfo(code=ErrorCode.CERTIFICATE_UNTRUSTED))
    assert not dialog.ok_button.isEnabled()
    assert dialog.fingerprint.text() == "(not known)"
    assert not dialog.detail.isVisibleTo(dialog)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isDefault()  # Enter does not trust by accident
    assert dialog.explanation.textFormat() == Qt.TextFormat.PlainText
    dialog.reject()


@pytest.mark.asyncio
async def test_a_removed_account_cannot_be_updated(env: Env, qtbot: QtBot) -> None:
    error = ErrorInfo(code=ErrorCode.CERTIFICATE_UNTRUSTED, fingerprint="AB:CD")
    dialog = make(env, qtbot, error)
    await env.core.remove_account(env.account.id)

    dialog.ok_button.click()
    await slots_done(dialog)

    assert dialog.isVisible()
    assert dialog.error.text() == "It does not exist any more."
    assert dialog.ok_button.isEnabled()
    dialog.reject()
