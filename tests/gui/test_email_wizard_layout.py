# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The account wizard makes room when the e-mail page's server section opens.

QWizard takes a page's minimum size when it shows the page; the section opens
later, on the same page. Without a new layout pass its fields were squeezed to
nothing (empty group boxes) in the wizard's first size.
"""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from messenger.core.local import LocalCore
from messenger.ui.bridge import CoreBridge
from messenger.ui.dialogs.account_wizard import EMAIL_PAGE
from messenger.ui.dialogs.account_wizard import AccountWizard


async def laid_out() -> None:
    for _ in range(3):
        await asyncio.sleep(0)
        QCoreApplication.sendPostedEvents()


@pytest.mark.asyncio
async def test_opening_the_server_settings_grows_the_wizard_to_fit(
    qtbot: QtBot, core: LocalCore
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    bridge = CoreBridge(core, holder)
    await bridge.attach(lambda _snapshot: None)
    wizard = AccountWizard(core, bridge, holder)
    wizard.open()
    wizard.protocol_page.email.setChecked(True)
    wizard.next()
    assert wizard.currentId() == EMAIL_PAGE
    page = wizard.email_page
    page.address.setText("juliet@capulet.example")
    await laid_out()
    closed = wizard.size()

    page.servers.toggle.click()
    await laid_out()

    fields = [page.imap.host, page.imap.user, page.smtp.host, page.smtp.user]
    for field in fields:
        assert field.height() >= field.minimumSizeHint().height()
    assert wizard.height() > closed.height()
    # And it cannot be made smaller than that again.
    wizard.resize(200, 200)
    await laid_out()
    assert all(f.height() >= f.minimumSizeHint().height() for f in fields)

    page.servers.toggle.click()  # closed again: the wizard may shrink again
    await laid_out()
    assert wizard.minimumHeight() < closed.height()
    wizard.done(0)
    bridge.close()
