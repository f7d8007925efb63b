# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Preferences, "Start with the desktop session": the XDG autostart entry.

``XDG_CONFIG_HOME`` points into the test's temporary folder: the user's own
autostart folder is never read or written.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from messenger import APP_ID
from messenger.core.local import LocalCore
from messenger.ui.aio import slot_tasks
from messenger.ui.dialogs.preferences import PreferencesDialog
from tests.gui.test_preferences import open_dialog

TIMEOUT = 5.0


async def settled(dialog: PreferencesDialog) -> None:
    async with asyncio.timeout(TIMEOUT):
        while tasks := slot_tasks(dialog):
            await asyncio.gather(*tasks)


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.mark.asyncio
async def test_checking_writes_the_entry_and_unchecking_removes_it(
    qtbot: QtBot, core: LocalCore, config_home: Path
) -> None:
    opened = await open_dialog(qtbot, core)  # holds the parent window
    dialog = opened.dialog
    await settled(dialog)
    entry = config_home / "autostart" / f"{APP_ID}.desktop"
    assert dialog.autostart.isVisibleTo(dialog)
    assert dialog.autostart.isEnabled()
    assert not dialog.autostart.isChecked()

    dialog.autostart.click()
    await settled(dialog)
    assert entry.is_file()
    assert "Exec=" in entry.read_text(encoding="utf-8")
    assert dialog.autostart.isEnabled()

    dialog.autostart.click()
    await settled(dialog)
    assert not entry.exists()
    assert not dialog.autostart.isChecked()


@pytest.fixture
def existing_entry(config_home: Path) -> Path:
    entry = config_home / "autostart" / f"{APP_ID}.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nType=Application\nExec=x\n", encoding="utf-8")
    return entry


@pytest.mark.asyncio
async def test_an_existing_entry_shows_as_checked(
    qtbot: QtBot, core: LocalCore, existing_entry: Path
) -> None:
    opened = await open_dialog(qtbot, core)  # holds the parent window
    dialog = opened.dialog
    await settled(dialog)

    assert dialog.autostart.isChecked()
    text = await asyncio.to_thread(existing_entry.read_text, encoding="utf-8")
    assert text.endswith("Exec=x\n")  # reading it changed nothing


@pytest.fixture
def blocked_config_home(config_home: Path) -> Path:
    """A config folder whose "autostart" is a file: writing the entry fails."""
    config_home.mkdir()
    (config_home / "autostart").write_text("not a folder", encoding="utf-8")
    return config_home


@pytest.mark.asyncio
@pytest.mark.usefixtures("blocked_config_home")
async def test_a_failed_write_is_shown_and_the_box_goes_back(
    qtbot: QtBot, core: LocalCore
) -> None:
    opened = await open_dialog(qtbot, core)  # holds the parent window
    dialog = opened.dialog
    await settled(dialog)

    dialog.autostart.click()
    await settled(dialog)

    assert not dialog.autostart.isChecked()
    assert dialog.autostart.isEnabled()
    assert dialog.autostart_error.isVisibleTo(dialog)
    assert "autostart" in dialog.autostart_error.text()
