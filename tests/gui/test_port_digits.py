# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Port numbers are technical: Western digits even in Arabic."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from messenger.core.mail_defaults import MailServerKind
from messenger.ui.dialogs.email_servers import MailServerFields


@pytest.fixture
def arabic() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    try:
        yield
    finally:
        QLocale.setDefault(previous)


@pytest.mark.usefixtures("arabic")
def test_an_e_mail_server_port_shows_western_digits(qtbot: QtBot) -> None:
    fields = MailServerFields(MailServerKind.IMAP)
    qtbot.addWidget(fields)
    fields.port.setValue(993)
    assert fields.port.text() == "993"
    assert QLocale().toString(993) != "993"  # the rest of the UI: Arabic digits
