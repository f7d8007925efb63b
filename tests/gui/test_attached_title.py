# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The main window's title names the core an attached window shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from messenger.ui.windows.main_window import MainWindow


def shell(qtbot: QtBot) -> MainWindow:
    window = MainWindow()  # the shell, as the app shows it before the core
    qtbot.addWidget(window)
    return window


def test_an_embedded_core_adds_nothing(qtbot: QtBot) -> None:
    assert shell(qtbot).windowTitle() == "Messenger"


def test_a_remote_core_is_named_by_its_address(qtbot: QtBot) -> None:
    window = shell(qtbot)
    window.show_attached_core("home.example.org:5299")
    assert window.windowTitle() == "Messenger — attached to home.example.org:5299"


def test_the_local_core_is_named_as_such(qtbot: QtBot) -> None:
    window = shell(qtbot)
    window.show_attached_core()
    assert window.windowTitle() == "Messenger — attached to the local core"


def test_the_title_keeps_the_core_when_the_language_changes(qtbot: QtBot) -> None:
    window = shell(qtbot)
    window.show_attached_core("[2001:db8::1]:5299")
    QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert window.windowTitle() == "Messenger — attached to [2001:db8::1]:5299"


def test_an_address_cannot_bend_the_title(qtbot: QtBot) -> None:
    window = shell(qtbot)
    window.show_attached_core("evil\u202e.example:1\nsecond line" + "x" * 500)
    title = window.windowTitle()
    assert title.startswith("Messenger — attached to evil.example:1 second line")
    assert "\n" not in title
    assert "\u202e" not in title
    assert len(title) < 250
