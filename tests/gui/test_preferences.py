# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The Preferences dialog on a real LocalCore: load, save, live updates."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from messenger.core.events import SettingChanged
from messenger.core.local import LocalCore
from messenger.storage.secrets import MemorySecretStore
from messenger.storage.store import SqliteStore
from messenger.ui.aio import signal_future
from messenger.ui.aio import slot_tasks
from messenger.ui.bridge import CoreBridge
from messenger.ui.dialogs.preferences import DEFAULTS
from messenger.ui.dialogs.preferences import PreferencesDialog
from messenger.ui.i18n import shipped_languages

TIMEOUT = 5.0


class Opened:
    """The dialog, its parent window (which must outlive it) and the bridge."""

    def __init__(self, qtbot: QtBot, core: LocalCore) -> None:
        self.parent = QWidget()
        qtbot.addWidget(self.parent)
        self.bridge = CoreBridge(core, self.parent)
        self.dialog = PreferencesDialog(core, self.bridge, self.parent)


async def open_dialog(qtbot: QtBot, core: LocalCore) -> Opened:
    opened = Opened(qtbot, core)
    await opened.bridge.attach(lambda _snapshot: None)
    loaded = signal_future(opened.dialog.loaded)
    opened.dialog.open()
    async with asyncio.timeout(TIMEOUT):
        await loaded
    return opened


async def saved(dialog: PreferencesDialog) -> None:
    async with asyncio.timeout(TIMEOUT):
        await asyncio.gather(*slot_tasks(dialog))


@pytest.mark.asyncio
async def test_it_shows_the_stored_values_and_defaults(
    qtbot: QtBot, core: LocalCore
) -> None:
    await core.set_setting("auto_away_minutes", 10)
    await core.set_setting("notify_messages", False)
    await core.set_setting("chat_windows", "separate")
    await core.set_setting("auto_away_message", "Out for a walk")

    opened = await open_dialog(qtbot, core)
    dialog, bridge = opened.dialog, opened.bridge

    assert dialog.auto_away.value() == 10
    assert dialog.auto_xa.value() == DEFAULTS["auto_xa_minutes"]
    assert dialog.away_message.text() == "Out for a walk"
    assert not dialog.notify_messages.isChecked()
    assert not dialog.notify_show_text.isEnabled()
    assert dialog.notify_show_text.isChecked()
    assert dialog.chat_windows.currentData() == "separate"
    assert dialog.language.currentData() == ""
    assert dialog.language.itemText(0) == "System default"
    # Every shipped language, named in itself, after "System default".
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[0] == "System default"
    assert {"English", "Deutsch", "العربية", "Português (Brasil)"} <= set(names)
    assert len(names) == 1 + len(shipped_languages())
    assert dialog.show_offline.isChecked()
    assert not dialog.start_minimized.isChecked()
    assert dialog.history_note.text() == "Messages are kept forever."
    assert dialog.auto_away.specialValueText() == "Never"
    bridge.close()


@pytest.mark.asyncio
async def test_every_change_is_stored_in_the_core(
    qtbot: QtBot, core: LocalCore
) -> None:
    opened = await open_dialog(qtbot, core)
    dialog, bridge = opened.dialog, opened.bridge

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.auto_away.setValue(3)
    dialog.auto_xa.setValue(0)
    dialog.away_message.setText("  Back soon  ")
    dialog.away_message.editingFinished.emit()
    dialog.notify_messages.setChecked(False)
    assert not dialog.notify_show_text.isEnabled()
    dialog.start_minimized.setChecked(True)
    dialog.show_offline.setChecked(False)
    dialog.chat_windows.setCurrentIndex(dialog.chat_windows.findData("separate"))
    await saved(dialog)

    settings = (await core.snapshot()).settings
    assert {key: settings.get(key) for key in DEFAULTS} == {
        "language": "en",
        "auto_away_minutes": 3,
        "auto_xa_minutes": 0,
        "auto_away_message": "Back soon",
        "notify_messages": False,
        "notify_show_text": None,  # untouched: never written
        "start_minimized": True,
        "show_offline": False,
        "chat_windows": "separate",
        "away_when_detached": None,  # untouched: never written
    }
    bridge.close()


@pytest.mark.asyncio
async def test_changes_from_another_ui_show_at_once_without_an_echo(
    qtbot: QtBot, core: LocalCore
) -> None:
    opened = await open_dialog(qtbot, core)
    dialog, bridge = opened.dialog, opened.bridge
    writes: list[SettingChanged] = []
    subscription = core.events.subscribe(SettingChanged, writes.append)

    await core.set_setting("start_minimized", True)
    await core.set_setting("auto_xa_minutes", 42)
    await core.set_setting("language", "en")
    await saved(dialog)

    assert dialog.start_minimized.isChecked()
    assert dialog.auto_xa.value() == 42
    assert dialog.language.currentText() == "English"
    assert [event.key for event in writes] == [
        "start_minimized",
        "auto_xa_minutes",
        "language",
    ]
    subscription.cancel()
    bridge.close()


@pytest.mark.asyncio
async def test_the_settings_survive_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "profile.sqlite"
    core = LocalCore(SqliteStore(database), MemorySecretStore(), {}, tmp_path)
    await core.start()
    opened = await open_dialog(qtbot, core)
    dialog, bridge = opened.dialog, opened.bridge
    dialog.auto_away.setValue(7)
    dialog.notify_show_text.setChecked(False)
    await saved(dialog)
    bridge.close()
    await core.close()

    again = LocalCore(SqliteStore(database), MemorySecretStore(), {}, tmp_path)
    await again.start()
    try:
        opened = await open_dialog(qtbot, again)
        dialog, bridge = opened.dialog, opened.bridge
        assert dialog.auto_away.value() == 7
        assert not dialog.notify_show_text.isChecked()
        bridge.close()
    finally:
        await again.close()
