# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Preferences, "Set me away when no window is open": the daemon's setting.

First on an embedded core (the check box reads and writes the shared setting),
then through the attach protocol: a window's Preferences on a ``RemoteCore``
switch it on, the window detaches, and the served core goes away by itself.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from messenger.core.local import LocalCore
from messenger.core.model import Show
from messenger.daemon import server as server_module
from messenger.daemon.client import LocalTarget
from messenger.daemon.client import RemoteCore
from messenger.daemon.server import CoreServer
from messenger.ui.aio import signal_future
from messenger.ui.aio import slot_tasks
from messenger.ui.bridge import CoreBridge
from messenger.ui.dialogs.preferences import AWAY_WHEN_DETACHED
from messenger.ui.dialogs.preferences import DEFAULTS
from messenger.ui.dialogs.preferences import PreferencesDialog
from tests.gui.test_preferences import open_dialog

TIMEOUT = 5.0


async def saved(dialog: PreferencesDialog) -> None:
    async with asyncio.timeout(TIMEOUT):
        await asyncio.gather(*slot_tasks(dialog))


def test_the_box_edits_the_setting_the_daemon_reads() -> None:
    assert AWAY_WHEN_DETACHED == server_module.AWAY_SETTING
    assert DEFAULTS[AWAY_WHEN_DETACHED] is False  # as the daemon: off unless true


@pytest.mark.asyncio
async def test_it_is_off_by_default_and_says_where_it_applies(
    qtbot: QtBot, core: LocalCore
) -> None:
    opened = await open_dialog(qtbot, core)
    box = opened.dialog.away_when_detached

    assert not box.isChecked()
    assert box.isEnabled()
    assert box.text() == (
        "Set me away when no &window is open (when Messenger runs as a "
        "background service)"
    )
    assert "background service (messenger daemon)" in box.toolTip()
    assert "changes nothing" in box.toolTip()  # embedded: harmless, and said so
    opened.bridge.close()


@pytest.mark.asyncio
async def test_checking_and_unchecking_write_the_shared_setting(
    qtbot: QtBot, core: LocalCore
) -> None:
    opened = await open_dialog(qtbot, core)
    box = opened.dialog.away_when_detached

    box.click()
    await saved(opened.dialog)
    assert (await core.snapshot()).settings[AWAY_WHEN_DETACHED] is True

    box.click()
    await saved(opened.dialog)
    assert (await core.snapshot()).settings[AWAY_WHEN_DETACHED] is False
    opened.bridge.close()


@pytest.mark.asyncio
async def test_it_shows_the_stored_value_and_follows_other_uis(
    qtbot: QtBot, core: LocalCore
) -> None:
    await core.set_setting(AWAY_WHEN_DETACHED, True)
    opened = await open_dialog(qtbot, core)
    box = opened.dialog.away_when_detached
    assert box.isChecked()

    await core.set_setting(AWAY_WHEN_DETACHED, False)  # another UI, a script
    await saved(opened.dialog)
    assert not box.isChecked()
    await core.set_setting(AWAY_WHEN_DETACHED, "yes")  # not true: off
    await saved(opened.dialog)
    assert not box.isChecked()
    opened.bridge.close()


@pytest_asyncio.fixture
async def served(core: LocalCore) -> AsyncIterator[tuple[LocalCore, Path]]:
    """``core`` served as a daemon serves it, on a Unix socket."""
    short = Path(tempfile.mkdtemp(prefix="msg-away-", dir="/tmp"))
    path = short / "core.sock"
    server = CoreServer(core, kind="daemon")
    await server.serve_unix(str(path))
    try:
        yield core, path
    finally:
        await server.close()
        shutil.rmtree(short, ignore_errors=True)


@pytest.mark.asyncio
async def test_set_in_an_attached_window_the_core_goes_away_once_it_closes(
    qtbot: QtBot, served: tuple[LocalCore, Path]
) -> None:
    core, path = served
    await core.set_presence(Show.AVAILABLE, "at the desk")
    remote = RemoteCore(LocalTarget(path=path), client_name="window")
    await remote.start()
    parent = QWidget()
    qtbot.addWidget(parent)
    bridge = CoreBridge(remote, parent)
    await bridge.attach(lambda _snapshot: None)
    dialog = PreferencesDialog(remote, bridge, parent)
    loaded = signal_future(dialog.loaded)
    dialog.open()
    async with asyncio.timeout(TIMEOUT):
        await loaded

    dialog.away_when_detached.click()
    await saved(dialog)
    assert (await core.snapshot()).settings[AWAY_WHEN_DETACHED] is True
    assert (await core.snapshot()).own_presence.show is Show.AVAILABLE
    dialog.done(0)
    bridge.close()
    await remote.close()  # the last window detaches

    async with asyncio.timeout(TIMEOUT):
        while (await core.snapshot()).own_presence.show is not Show.AWAY:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    assert (await core.snapshot()).own_presence.status == "at the desk"
