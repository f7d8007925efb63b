# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Notifications through a real notification daemon: dunst on a private bus.

The Notifier talks ``org.freedesktop.Notifications`` over dbus-fast on the
test's qasync loop; dunst (on the test bed's Xvfb) shows the pop-ups, and
``dunstctl`` (run in a thread: it blocks) tells what it shows and invokes the
default action as a click would.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC
from datetime import datetime
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from messenger.core.interfaces import IncomingMessage
from messenger.core.local import LocalCore
from messenger.core.model import Account
from messenger.core.model import Address
from messenger.ui.aio import signal_future
from messenger.ui.bridge import CoreBridge
from messenger.ui.notifications import Notifier
from tests.doubles.backend import BackendRecorder
from tests.doubles.cores import memory_core
from tests.doubles.cores import scripted_account
from tests.testbed.notification_daemon import NotificationDaemon

TIMEOUT = 10.0
JULIET = Address("juliet", "capulet.example")


class Harness:
    def __init__(
        self, core: LocalCore, recorder: BackendRecorder, account: Account
    ) -> None:
        self.core = core
        self.recorder = recorder
        self.account = account
        self.bridge: CoreBridge | None = None
        self.notifier: Notifier | None = None
        self.parent: QWidget | None = None

    async def receive(self, body: str) -> None:
        await self.recorder.built[self.account.id].sink.messages_received(
            [
                IncomingMessage(
                    peer=JULIET,
                    sender=JULIET.with_resource("balcony"),
                    body=body,
                    timestamp=datetime.now(UTC),
                )
            ]
        )

    async def start_notifier(
        self, qtbot: QtBot, daemon: NotificationDaemon, coalesce: float = 0.3
    ) -> Notifier:
        self.parent = QWidget()
        qtbot.addWidget(self.parent)
        self.bridge = CoreBridge(self.core, self.parent)
        self.notifier = Notifier(
            self.core,
            self.bridge,
            is_focused=lambda _cid: False,
            bus_address=daemon.bus.address,
            coalesce_seconds=coalesce,
            parent=self.parent,
        )
        self.notifier.apply_snapshot(await self.bridge.attach(lambda _s: None))
        await self.notifier.start()
        return self.notifier


@pytest_asyncio.fixture
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    core, recorder = await memory_core(tmp_path)
    account, _ = await scripted_account(core, recorder, contacts={JULIET: "Juliet"})
    harness = Harness(core, recorder, account)
    yield harness
    if harness.notifier is not None:
        await harness.notifier.close()
    if harness.bridge is not None:
        harness.bridge.close()
    await core.close()


async def shown(notifier: Notifier) -> None:
    future = signal_future(notifier.notification_shown)
    async with asyncio.timeout(TIMEOUT):
        await future


async def closed_history(daemon: NotificationDaemon) -> list[dict[str, object]]:
    """Close what dunst shows and return its history (newest first)."""
    await asyncio.to_thread(daemon.close_all)
    return await asyncio.to_thread(daemon.history)


@pytest.mark.asyncio
async def test_a_message_pops_up_as_plain_text_and_a_click_asks_for_its_chat(
    qtbot: QtBot, harness: Harness, notification_daemon: NotificationDaemon
) -> None:
    notifier = await harness.start_notifier(qtbot, notification_daemon)
    assert notifier.target == "dbus"

    waiting = asyncio.ensure_future(shown(notifier))
    await harness.receive("<i>wherefore</i> art thou & why")
    await waiting
    assert await asyncio.to_thread(notification_daemon.displayed_count) == 1

    requested = signal_future(notifier.chat_requested)
    await asyncio.to_thread(notification_daemon.invoke_action, 0)
    async with asyncio.timeout(TIMEOUT):
        assert await requested == (harness.account.id, JULIET)

    history = await closed_history(notification_daemon)
    assert len(history) == 1
    assert history[0]["summary"] == "Juliet"
    assert history[0]["body"] == "<i>wherefore</i> art thou & why"
    assert history[0]["appname"] == "Messenger"
    assert history[0]["category"] == "im.received"


@pytest.mark.asyncio
async def test_a_burst_replaces_one_notification_and_reading_closes_it(
    qtbot: QtBot, harness: Harness, notification_daemon: NotificationDaemon
) -> None:
    notifier = await harness.start_notifier(qtbot, notification_daemon)

    waiting = asyncio.ensure_future(shown(notifier))
    await harness.receive("one")
    await waiting
    waiting = asyncio.ensure_future(shown(notifier))
    await harness.receive("two")
    await harness.receive("three")
    await waiting
    assert await asyncio.to_thread(notification_daemon.displayed_count) == 1

    conversation = (await harness.core.snapshot()).conversations[0]
    assert conversation.last_message_id is not None
    await harness.core.mark_read(conversation.id, conversation.last_message_id)
    async with asyncio.timeout(TIMEOUT):
        # dunst's state is another process's: poll it.
        while await asyncio.to_thread(notification_daemon.displayed_count):  # noqa: ASYNC110
            await asyncio.sleep(0.05)

    history = await asyncio.to_thread(notification_daemon.history)
    assert [(entry["summary"], entry["body"]) for entry in history] == [
        ("Juliet", "3 new messages. The latest: three")
    ]


@pytest.mark.asyncio
async def test_hidden_text_says_only_how_many(
    qtbot: QtBot, harness: Harness, notification_daemon: NotificationDaemon
) -> None:
    await harness.core.set_setting("notify_show_text", False)
    notifier = await harness.start_notifier(qtbot, notification_daemon)

    waiting = asyncio.ensure_future(shown(notifier))
    await harness.receive("a secret")
    await waiting

    history = await closed_history(notification_daemon)
    assert [(entry["summary"], entry["body"]) for entry in history] == [
        ("Juliet", "1 new message(s)")
    ]


@pytest.mark.asyncio
async def test_without_a_notification_service_it_falls_back(
    qtbot: QtBot, harness: Harness, notification_daemon: NotificationDaemon
) -> None:
    await asyncio.to_thread(notification_daemon.stop)

    notifier = await harness.start_notifier(qtbot, notification_daemon)

    assert notifier.target == "none"  # no tray either
